namespace TaijiangGraph.Server.RateLimiting;

/// <summary>
/// Settings of section <c>RateLimits</c>: a fixed window per department (every request of its people and apps)
/// and one per app (requests carrying its <c>app</c> claim). Over either → 429 <c>RATE_LIMITED</c> with <c>Retry-After</c>.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public bool Enabled { get; set; } = true;

    public RateLimitWindow Department { get; set; } = new() { PermitLimit = 3000, WindowSeconds = 60 };

    public RateLimitWindow App { get; set; } = new() { PermitLimit = 1200, WindowSeconds = 60 };
}
