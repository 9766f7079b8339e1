using Snapshooter.Xunit;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;
using TaijiangGraph.Data.Tests.Support;

namespace TaijiangGraph.Data.Tests.Datasets;

/// <summary>SQL Server has no server on these machines: its dataset DDL is generated and checked as text.</summary>
public sealed class SqlServerDdlTests
{
    private static readonly DatasetMigrator Migrator = new(
        new DatasetContextFactory(
            new DatabaseOptions
            {
                Provider = DatabaseProvider.SqlServer,
                ConnectionString = "Server=localhost;Database=none;TrustServerCertificate=True",
            }
        )
    );

    [Fact]
    public void Script_creates_the_sample_tables_when_no_tables_exist_yet()
    {
        var script = Migrator.Script(null, TestCatalogs.Sample);

        Assert.Contains("CREATE TABLE [ds_market_entity] (", script, StringComparison.Ordinal);
        Assert.Contains("[row_id] bigint NOT NULL IDENTITY,", script, StringComparison.Ordinal);
        Assert.Contains("[registered_capital] decimal(18,2) NULL,", script, StringComparison.Ordinal);
        Assert.Contains("[credit_code] nvarchar(256) COLLATE Latin1_General_100_BIN2_UTF8 NOT NULL,", script, StringComparison.Ordinal);
        Assert.Contains("[established_on] date NULL,", script, StringComparison.Ordinal);
        Assert.Contains(
            "CREATE UNIQUE INDEX [ux_ds_market_entity_credit_code] ON " + "[ds_market_entity] " + "([credit_code]);",
            script,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "CREATE INDEX [ix_ds_market_entity_legal_rep_id] ON " + "[ds_market_entity] " + "([legal_rep_id], [_deleted_at]);",
            script,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "CREATE INDEX [ix_ds_market_entity_established_on_row_id] ON [ds_market_entity] ([established_on], [row_id], [_deleted_at]);",
            script,
            StringComparison.Ordinal
        );
        Assert.Contains("[street] nvarchar(256) COLLATE Latin1_General_100_BIN2_UTF8 NULL,", script, StringComparison.Ordinal);
        Assert.Contains(
            "CREATE INDEX [ix_ds_market_entity_street_row_id] ON [ds_market_entity] ([street], [row_id], [_deleted_at]);",
            script,
            StringComparison.Ordinal
        );
        Assert.Equal(10, CountOf(script, "CREATE TABLE "));
        Assert.Contains("[_version] int NOT NULL DEFAULT 1,", script, StringComparison.Ordinal);
        Assert.Contains("[_changed_at] datetime2(6) NOT NULL DEFAULT '2000-01-01T00:00:00.000000Z',", script, StringComparison.Ordinal);
        Assert.Contains("[_deleted_at] datetime2(6) NULL,", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [ds_market_entity__history] (", script, StringComparison.Ordinal);
        Assert.Contains(
            "CREATE INDEX [ix_ds_market_entity_changed_at_row_id] ON [ds_market_entity] ([_changed_at], [row_id], [_deleted_at]);",
            script,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "CREATE INDEX [ix_ds_market_entity_street_desc_row_id] ON [ds_market_entity] ([street] DESC, [row_id], [_deleted_at]);",
            script,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "CREATE UNIQUE INDEX [ux_ds_market_entity_credit_code] ON [ds_market_entity] ([credit_code]);",
            script,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("key_person_flag", script, StringComparison.Ordinal);
        Assert.DoesNotContain("audit_case_ref", script, StringComparison.Ordinal);
        Assert.DoesNotContain("DROP ", script, StringComparison.Ordinal);
        Snapshot.Match(script);
    }

    [Fact]
    public void Script_only_adds_columns_when_a_new_version_adds_an_item()
    {
        var v2 = TestCatalogs.Sample.WithItems("market_entity", items => items.Append(
                new()
                {
                    ApiName = "website",
                    Name = "网站",
                    Type = Core.Catalog.DataType.String,
                }
            )) with { Version = 2 };

        var script = Migrator.Script(TestCatalogs.Sample, v2);

        Assert.Equal(
            "ALTER TABLE [ds_market_entity] ADD " + "[website] " + "nvarchar(max) COLLATE " + "Latin1_General_100_BIN2_UTF8 NULL;",
            script.Trim()
        );
    }

    [Fact]
    public void Script_maps_every_data_kind_when_the_catalog_has_one_item_of_each_kind()
    {
        var script = Migrator.Script(null, TestCatalogs.AllKinds);

        Assert.Contains("[text] nvarchar(max) COLLATE Latin1_General_100_BIN2_UTF8 NULL,", script, StringComparison.Ordinal);
        Assert.Contains("[count] int NULL,", script, StringComparison.Ordinal);
        Assert.Contains("[amount] decimal(18,2) NULL,", script, StringComparison.Ordinal);
        Assert.Contains("[day] date NULL,", script, StringComparison.Ordinal);
        Assert.Contains("[moment] datetime2 NULL,", script, StringComparison.Ordinal);
        Assert.Contains("[flag] bit NULL,", script, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", script, StringComparison.Ordinal);
        Snapshot.Match(script);
    }

    private static int CountOf(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
