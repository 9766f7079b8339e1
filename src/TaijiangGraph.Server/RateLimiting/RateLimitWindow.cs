namespace TaijiangGraph.Server.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> requests per fixed window of <see cref="WindowSeconds"/> seconds.</summary>
internal sealed class RateLimitWindow
{
    public int PermitLimit { get; set; }

    public int WindowSeconds { get; set; } = 60;
}
