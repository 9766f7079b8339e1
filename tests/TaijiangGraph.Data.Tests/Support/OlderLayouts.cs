using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Tests.Support;

/// <summary>
/// Turns the dataset indexes of current tables back into the shape a deployment of <see cref="DatasetLayout.BeforeDeletionIndexes"/>
/// has (docs/architecture.md, "Dataset indexes"): the DDL is EF's difference from the current model to the older one, which
/// drops and creates indexes only.
/// </summary>
internal static class OlderLayouts
{
    public static async Task<string> RestoreIndexesBeforeDeletionAsync(DatabaseOptions options, DataCatalog catalog)
    {
        var contexts = new DatasetContextFactory(options);
        await using var current = contexts.Create(catalog);
        await using var older = contexts.Create(catalog, DatasetLayout.BeforeDeletionIndexes);
        var olderModel = older.GetService<IDesignTimeModel>().Model;
        var operations = older
            .GetService<IMigrationsModelDiffer>()
            .GetDifferences(current.GetService<IDesignTimeModel>().Model.GetRelationalModel(), olderModel.GetRelationalModel());
        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.True(o is DropIndexOperation or CreateIndexOperation, o.GetType().Name));
        var commands = older.GetService<IMigrationsSqlGenerator>().Generate(operations, olderModel);
        await older
            .GetService<IMigrationCommandExecutor>()
            .ExecuteNonQueryAsync(
                commands,
                older.GetService<IRelationalConnection>(),
                new MigrationExecutionState(),
                commitTransaction: true
            );
        return string.Join(Environment.NewLine, commands.Select(c => c.CommandText.TrimEnd()));
    }
}
