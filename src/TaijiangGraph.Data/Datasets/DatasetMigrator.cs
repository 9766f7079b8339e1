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
/// no data: a version may stop declaring an item <c>indexed</c>, and an index of an older layout is dropped and created again
/// with its new columns); any other operation is refused, so no column is ever dropped or changed in place.
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
    /// <param name="fromLayout">The layout the tables of <paramref name="from"/> have (<see cref="LayoutAsync"/>); an older one than
    /// <see cref="DatasetLayout.Current"/> makes the plan add the record-version columns and history tables (docs/architecture.md,
    /// "Record versions") and rebuild the indexes that lack <c>_deleted_at</c> ("Dataset indexes") as well.</param>
    /// <exception cref="InvalidOperationException">The change is not additive.</exception>
    public IReadOnlyList<MigrationCommand> Plan(DataCatalog? from, DataCatalog to, DatasetLayout fromLayout = DatasetLayout.Current)
    {
        using var target = contexts.Create(to);
        using var source = from is null ? null : contexts.Create(from, fromLayout);
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
    /// <remarks>Tables of <paramref name="from"/> in an older layout (<see cref="LayoutAsync"/>) are brought to the current one
    /// in the same plan: bookkeeping columns and history tables, and indexes ending with <c>_deleted_at</c>.</remarks>
    public async Task<string> MigrateAsync(DataCatalog? from, DataCatalog to, CancellationToken ct = default)
    {
        var commands = Plan(from, to, from is null ? DatasetLayout.Current : await LayoutAsync(from, ct));
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

    /// <summary>The layout the tables of <paramref name="applied"/> have, read from the database: the first resource's table
    /// without <c>_version</c> is <see cref="DatasetLayout.BeforeVersions"/>; with it, a change-time index without
    /// <c>_deleted_at</c> is <see cref="DatasetLayout.BeforeDeletionIndexes"/>. Each step is one plan applied in one transaction,
    /// so one table tells. <see cref="DatasetLayout.Current"/> without resources.</summary>
    public async Task<DatasetLayout> LayoutAsync(DataCatalog applied, CancellationToken ct = default)
    {
        if (applied.Resources.Count == 0)
        {
            return DatasetLayout.Current;
        }

        var first = applied.Resources[0];
        await using var context = contexts.Create(applied);
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            var columns =
                contexts.Provider == DatabaseProvider.Sqlite
                    ? "SELECT count(*) FROM pragma_table_info(@t) WHERE name = @c"
                    : "SELECT count(*) FROM information_schema.columns WHERE table_name = @t AND column_name = @c";
            if (!await AnyAsync(connection, columns, DatasetNames.Table(first), DatasetNames.Version, ct))
            {
                return DatasetLayout.BeforeVersions;
            }

            var indexed = await AnyAsync(
                connection,
                IndexColumnSql(contexts.Provider),
                DatasetNames.ChangedIndex(first),
                DatasetNames.DeletedAt,
                ct
            );
            return indexed ? DatasetLayout.Current : DatasetLayout.BeforeDeletionIndexes;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Counts the columns named <c>@c</c> of the index named <c>@t</c>.</summary>
    private static string IndexColumnSql(DatabaseProvider provider) =>
        provider switch
        {
            DatabaseProvider.Sqlite => "SELECT count(*) FROM pragma_index_info(@t) WHERE name = @c",
            DatabaseProvider.PostgreSql => "SELECT count(*) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
                + "JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = ANY(x.indkey) WHERE i.relname = @t AND a.attname = @c",
            _ => "SELECT count(*) FROM sys.indexes i JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id "
                + "JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id WHERE i.name = @t AND c.name = @c",
        };

    private static async Task<bool> AnyAsync(
        System.Data.Common.DbConnection connection,
        string sql,
        string t,
        string c,
        CancellationToken ct
    )
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "t", t);
        Add(command, "c", c);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static void Add(System.Data.Common.DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
