using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Storage;

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
    /// <param name="fromVersioned">Whether the tables of <paramref name="from"/> already carry the record-version columns and
    /// history tables (docs/architecture.md, "Record versions"); when not, the plan adds them.</param>
    /// <exception cref="InvalidOperationException">The change is not additive.</exception>
    public IReadOnlyList<MigrationCommand> Plan(DataCatalog? from, DataCatalog to, bool fromVersioned = true)
    {
        using var target = contexts.Create(to);
        using var source =
            from is null ? null
            : fromVersioned ? contexts.Create(from)
            : contexts.CreateUnversioned(from);
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
    /// <remarks>Tables created before record versions (no <c>_version</c> column on the first resource's table of
    /// <paramref name="from"/>) gain the bookkeeping columns and history tables in the same plan.</remarks>
    public async Task<string> MigrateAsync(DataCatalog? from, DataCatalog to, CancellationToken ct = default)
    {
        var commands = Plan(from, to, from is null || await VersionedAsync(from, ct));
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

    /// <summary>Whether the tables of <paramref name="applied"/> carry the record-version columns: the first resource's table has
    /// <c>_version</c> (the columns and history tables are added in one plan, so one table tells). True without resources.</summary>
    public async Task<bool> VersionedAsync(DataCatalog applied, CancellationToken ct = default)
    {
        if (applied.Resources.Count == 0)
        {
            return true;
        }

        await using var context = contexts.Create(applied);
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText =
                contexts.Provider == DatabaseProvider.Sqlite
                    ? "SELECT count(*) FROM pragma_table_info(@t) WHERE name = @c"
                    : "SELECT count(*) FROM information_schema.columns WHERE table_name = @t AND column_name = @c";
            Add(command, "t", DatasetNames.Table(applied.Resources[0]));
            Add(command, "c", DatasetNames.Version);
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private static void Add(System.Data.Common.DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
