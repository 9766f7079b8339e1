using System.Security.Cryptography;
using System.Text;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Datasets;

/// <summary>What a dataset model is built from: a catalog on a provider, with a fingerprint of its content for caching.</summary>
public sealed class DatasetModelSpec
{
    public DatasetModelSpec(DataCatalog catalog, DatabaseProvider provider)
    {
        Catalog = catalog;
        Provider = provider;
        Fingerprint = provider + ":" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CatalogJson.Serialize(catalog))));
    }

    public DataCatalog Catalog { get; }

    public DatabaseProvider Provider { get; }

    public string Fingerprint { get; }
}
