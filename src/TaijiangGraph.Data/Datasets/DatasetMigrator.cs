using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// Moves the dataset tables from one catalog version to the next with EF Core's model differ and the
/// provider's migrations SQL generator. Additive only: new tables, columns and indexes, and dropped indexes (an index holds
/// no data: a version may stop declaring an item <c>indexed</c>); any other operation is refused, so no column is ever
/// dropped or changed in place.
/// </summary>
public sealed class DatasetMigrator(DatasetContextFactory contexts)
{
    private static readonly Type[] AdditiveOperations =
    [
        typeof(EnsureSchemaOperation),
        typeof(CreateTableOperation),
        typeof(AddColumnOperation),
        typeof(CreateIndexOperation),
        typeof(DropIndexOperation),
    ];

    /// <summary>The DDL that takes the tables from <paramref name="from"/> (null: none yet) to <paramref name="to"/>.</summary>
    /// <exception cref="InvalidOperationException">The change is not additive.</exception>
    public IReadOnlyList<MigrationCommand> Plan(DataCatalog? from, DataCatalog to)
    {
        using var target = contexts.Create(to);
        using var source = from is null ? null : contexts.Create(from);
        var differ = target.GetService<IMigrationsModelDiffer>();
        var targetModel = target.GetService<IDesignTimeModel>().Model;
        var operations = differ.GetDifferences(
            source?.GetService<IDesignTimeModel>().Model.GetRelationalModel(),
            targetModel.GetRelationalModel()
        );
        var refused = operations.Where(o => !AdditiveOperations.Contains(o.GetType())).ToList();
        if (refused.Count > 0)
        {
            throw new InvalidOperationException(
                "The dataset change is not "
                    + "additive: "
                    + string.Join(", ", refused.Select(o => o.GetType().Name.Replace("Operation", "", StringComparison.Ordinal)))
            );
        }

        return target.GetService<IMigrationsSqlGenerator>().Generate(operations, targetModel);
    }

    /// <summary>The plan as one SQL script (for review, history and the SQL Server DDL check).</summary>
    public string Script(DataCatalog? from, DataCatalog to) =>
        string.Join(Environment.NewLine, Plan(from, to).Select(c => c.CommandText.TrimEnd()));

    /// <summary>Applies the plan in one transaction where the provider allows; returns the script applied.</summary>
    public async Task<string> MigrateAsync(DataCatalog? from, DataCatalog to, CancellationToken ct = default)
    {
        var commands = Plan(from, to);
        if (commands.Count == 0)
        {
            return "";
        }

        await using var context = contexts.Create(to);
        var executor = context.GetService<IMigrationCommandExecutor>();
        await executor.ExecuteNonQueryAsync(
            commands,
            context.GetService<IRelationalConnection>(),
            new MigrationExecutionState(),
            commitTransaction: true,
            cancellationToken: ct
        );
        return string.Join(Environment.NewLine, commands.Select(c => c.CommandText.TrimEnd()));
    }
}
