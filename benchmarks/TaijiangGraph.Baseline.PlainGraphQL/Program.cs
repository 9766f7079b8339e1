using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using TaijiangGraph.Baseline.PlainGraphQL;
using TaijiangGraph.Baseline.Raw;

// Usage: dotnet TaijiangGraph.Baseline.PlainGraphQL.dll --DataFolder=<server data folder> --Urls=http://127.0.0.1:PORT
// POST /graphql: marketEntities(first: 10) { nodes { creditCode name street } }. GET /health: "ok".
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var dataFolder = builder.Configuration["DataFolder"] ?? throw new ArgumentException("--DataFolder is required.");
builder.Services.AddSingleton(new MarketEntityReader(dataFolder));
builder.Services.AddSingleton<MarketEntityType>().AddSingleton<MarketEntityConnectionType>().AddSingleton<PlainQuery>();
builder.Services.AddSingleton<ISchema, PlainSchema>();
builder.Services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
builder.Services.AddSingleton<IGraphQLTextSerializer, GraphQLSerializer>();
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapPost("/graphql", GraphQLEndpoint.HandleAsync);
app.Run();
