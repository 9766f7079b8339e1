using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Data.Keys;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Postgres;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Auditing;

/// <summary>
/// A migrated, empty audit trail for one test (its own SQLite file, or a fresh PostgreSQL database), with the
/// real key ring, writers that commit to it, and raw SQL that goes around EF Core as a tamperer would.
/// </summary>
internal sealed class AuditTrailUnderTest : IAsyncDisposable
{
    public static readonly string[] Tables = ["audit_records", "audit_record_keys", "audit_checkpoints"];

    private readonly TestDatabase _database;
    private readonly List<GroupCommitAuditWriter> _writers = [];

    private AuditTrailUnderTest(TestDatabase database)
    {
        _database = database;
        Keys = new FileKeyRing(database.Folder, Clock);
        Store = new AuditStore(new AuditContextFactory(database.Options));
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 4, 0, 0, TimeSpan.Zero));

    public DatabaseProvider Provider => _database.Provider;

    public IKeyRing Keys { get; }

    public AuditStore Store { get; }

    public ReadOnlyMemory<byte> ChainKey => Keys.Current(KeyPurposes.AuditChain).Secret;

    /// <param name="migration">Migrate only up to this migration (e.g. a previous schema); all of them when null.</param>
    public static async Task<AuditTrailUnderTest> CreateAsync(
        DatabaseProvider provider,
        PostgresServerFixture postgres,
        string? migration = null
    )
    {
        var trail = new AuditTrailUnderTest(await TestDatabase.CreateAsync(provider, postgres));
        await trail.MigrateAsync(migration);
        return trail;
    }

    /// <summary>Applies the audit migrations up to <paramref name="migration"/>, or all of them.</summary>
    public async Task MigrateAsync(string? migration = null)
    {
        await using var db = new AuditContextFactory(_database.Options).CreateDbContext();
        await db.GetService<IMigrator>().MigrateAsync(migration);
    }

    /// <summary>A new group-commit writer of <paramref name="nodeId"/>'s chain on this trail (as after a restart of that node).</summary>
    public GroupCommitAuditWriter Writer(string nodeId, ILogger<GroupCommitAuditWriter>? logger = null)
    {
        var writer = new GroupCommitAuditWriter(
            Store,
            new AuditOptions { NodeId = nodeId, DeadlineMilliseconds = 30_000 },
            Keys,
            Clock,
            logger ?? NullLogger<GroupCommitAuditWriter>.Instance
        );
        _writers.Add(writer);
        return writer;
    }

    /// <summary>Commits <paramref name="count"/> sample records through a new writer of <paramref name="nodeId"/>,
    /// <paramref name="perRequest"/> records per request.</summary>
    public async Task WriteAsync(string nodeId, int count, int perRequest = 1)
    {
        var writer = Writer(nodeId);
        for (var i = 0; i < count; i += perRequest)
        {
            await writer.WriteAsync(
                Enumerable.Range(i, Math.Min(perRequest, count - i)).Select(SampleRecords.Read).ToList(),
                CancellationToken.None
            );
        }
    }

    /// <summary>The committed entries of one node, in chain order.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ChainAsync(string nodeId) =>
        (await Store.QueryAsync(new AuditQuery { Take = 100_000 }))
            .Where(e => e.Chained.NodeId == nodeId)
            .OrderBy(e => e.Chained.Sequence)
            .ToList();

    /// <summary>Removes the append-only triggers, as someone with write access to the database could.</summary>
    public async Task DropTriggersAsync()
    {
        foreach (var table in Tables)
        {
            if (Provider == DatabaseProvider.Sqlite)
            {
                await ExecuteAsync($"DROP TRIGGER {table}_no_update");
                await ExecuteAsync($"DROP TRIGGER {table}_no_delete");
            }
            else
            {
                await ExecuteAsync($"DROP TRIGGER {table}_append_only ON {table}");
                await ExecuteAsync($"DROP TRIGGER {table}_no_truncate ON {table}");
            }
        }
    }

    /// <summary>Runs one statement on the trail's database directly (not through EF Core); returns the rows affected.</summary>
    public async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of the first row of <paramref name="sql"/>, read directly, as text (null for NULL).</summary>
    public async Task<string?> TextAsync(string sql)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? null : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The rows of <paramref name="sql"/>, read directly, each value as its driver type and invariant text ("NULL" for
    /// NULL), without the columns named in <paramref name="skip"/>.</summary>
    public async Task<IReadOnlyList<string>> RowsAsync(string sql, params string[] skip)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = Enumerable
                .Range(0, reader.FieldCount)
                .Where(i => !skip.Contains(reader.GetName(i)))
                .Select(i => reader.IsDBNull(i) ? $"{reader.GetName(i)}=NULL" : $"{reader.GetName(i)}={Text(reader.GetValue(i))}");
            rows.Add(string.Join(" | ", values));
        }

        return rows;
    }

    private static string Text(object value) =>
        value.GetType().Name
        + ":"
        + (
            value is DateTime time
                ? time.ToString("O", System.Globalization.CultureInfo.InvariantCulture)
                : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)
        );

    /// <summary>The number of rows of <paramref name="table"/>, counted directly.</summary>
    public async Task<long> CountAsync(string table)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A context on the trail (from the same kind of pool the store uses).</summary>
    public AuditDbContext Context() => new AuditContextFactory(_database.Options).CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _writers)
        {
            await writer.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    private DbConnection Open() =>
        Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(_database.Options.AuditTrailConnectionString)
            : new NpgsqlConnection(_database.Options.AuditTrailConnectionString);
}
