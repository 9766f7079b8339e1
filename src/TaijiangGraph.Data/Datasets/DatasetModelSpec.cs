using System.Security.Cryptography;
using System.Text;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Datasets;

/// <summary>What a dataset model is built from: a catalog on a provider in a table layout, with a fingerprint of its content for
/// caching.</summary>
public sealed class DatasetModelSpec
{
    public DatasetModelSpec(DataCatalog catalog, DatabaseProvider provider, bool versioned = true)
    {
        Catalog = catalog;
        Provider = provider;
        Versioned = versioned;
        Fingerprint =
            provider
            + (versioned ? ":v:" : ":")
            + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CatalogJson.Serialize(catalog))));
    }

    /// <summary>Whether the tables carry the bookkeeping columns and history tables of record versions (docs/architecture.md,
    /// "Record versions"); false only to describe tables created before them, as the migrator's starting point.</summary>
    public bool Versioned { get; }

    public DataCatalog Catalog { get; }

    public DatabaseProvider Provider { get; }

    public string Fingerprint { get; }
}
