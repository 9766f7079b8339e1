using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Graph.Requests;

namespace TaijiangGraph.Graph.Governance;

/// <summary>
/// Governance mutations. <c>publishCatalog</c> (bureau only): validates a catalog document against the
/// published version and the caller's department (only a resource's provider changes its items), builds its schema,
/// migrates the dataset tables additively and swaps the new schema in without restart. A catalog whose schema cannot
/// be built is answered with <c>CATALOG_BUILD_FAILED</c> and nothing is published.
/// </summary>
internal static class GovernanceMutationFields
{
    public static void AddTo(ObjectGraphType mutation, Lazy<ICatalogPublisher> publisher)
    {
        mutation
            .Field<NonNullGraphType<PublishCatalogResultType>>("publishCatalog")
            .Description("Publish a new catalog version (bureau only). The catalog is the JSON document of the seed file's 'catalog' part.")
            .Argument<NonNullGraphType<StringGraphType>>("catalog", "The catalog as JSON.")
            .Argument<StringGraphType>("note", "Why the catalog changes.")
            .ResolveAsync(async c =>
            {
                var request = c.Request();
                if (!request.Principal.HasRole(Roles.Bureau))
                {
                    throw new ExecutionError("Only the bureau publishes catalog versions.") { Code = ErrorCodes.Governance.Forbidden };
                }

                DataCatalog catalog;
                try
                {
                    catalog = CatalogJson.DeserializeCatalog(c.GetArgument<string>("catalog"));
                }
                catch (JsonException e)
                {
                    return new PublishCatalogResult(
                        false,
                        request.Catalog.Version,
                        [new CatalogViolation(ErrorCodes.Catalog.Malformed, null, null, e.Message)]
                    );
                }

                try
                {
                    var publication = new CatalogPublication(
                        request.Principal.UserId,
                        request.Principal.Department,
                        c.GetArgument<string?>("note")
                    );
                    await publisher.Value.PublishAsync(catalog, publication, c.CancellationToken);
                    return new PublishCatalogResult(true, catalog.Version, []);
                }
                catch (CatalogInvalidException e)
                {
                    return new PublishCatalogResult(false, request.Catalog.Version, e.Violations);
                }
                catch (CatalogBuildFailedException e)
                {
                    // The cause is in the server log (error, with the version); the answer does not carry internals.
                    return new PublishCatalogResult(
                        false,
                        request.Catalog.Version,
                        [
                            new CatalogViolation(
                                ErrorCodes.Catalog.BuildFailed,
                                null,
                                null,
                                $"Catalog version {e.Version} cannot be "
                                    + $"built into a "
                                    + $"GraphQL schema; "
                                    + $"nothing was "
                                    + $"published and "
                                    + $"the served "
                                    + $"version stays."
                            ),
                        ]
                    );
                }
            });
    }
}
