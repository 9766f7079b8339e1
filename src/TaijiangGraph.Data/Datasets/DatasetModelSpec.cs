using System.Security.Cryptography;
using System.Text;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Datasets;

/// <summary>What a dataset model is built from: a catalog on a provider in a table layout, with a fingerprint of its content for
/// caching.</summary>
public sealed class DatasetModelSpec
{
    public DatasetModelSpec(DataCatalog catalog, DatabaseProvider provider, DatasetLayout layout = DatasetLayout.Current)
    {
        Catalog = catalog;
        Provider = provider;
        Layout = layout;
        Fingerprint =
            provider + ":" + layout + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CatalogJson.Serialize(catalog))));
    }

    /// <summary>The table layout: <see cref="DatasetLayout.Current"/> but to describe older tables as the migrator's starting
    /// point.</summary>
    public DatasetLayout Layout { get; }

    /// <summary>Whether the tables carry the bookkeeping columns and history tables of record versions (docs/architecture.md,
    /// "Record versions").</summary>
    public bool Versioned => Layout != DatasetLayout.BeforeVersions;

    /// <summary>Whether every non-unique index of a dataset table ends with <c>_deleted_at</c> (docs/architecture.md, "Dataset
    /// indexes").</summary>
    public bool DeletionIndexed => Layout == DatasetLayout.Current;

    public DataCatalog Catalog { get; }

    public DatabaseProvider Provider { get; }

    public string Fingerprint { get; }
}
