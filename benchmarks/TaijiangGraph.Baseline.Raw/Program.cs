using TaijiangGraph.Baseline.Raw;

// Usage: dotnet TaijiangGraph.Baseline.Raw.dll --DataFolder=<server data folder> --Urls=http://127.0.0.1:PORT
// GET /entities: the first ten market entities as JSON. GET /health: "ok". No authentication, policy or audit.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var reader = new MarketEntityReader(builder.Configuration["DataFolder"] ?? throw new ArgumentException("--DataFolder is required."));
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapGet("/entities", (CancellationToken cancellationToken) => reader.ReadAsync(10, cancellationToken));
app.Run();
