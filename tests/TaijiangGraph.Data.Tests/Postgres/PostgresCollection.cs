namespace TaijiangGraph.Data.Tests.Postgres;

/// <summary>Test classes in this collection share one <see cref="PostgresServerFixture"/> (and run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "PostgreSQL server";
}
