using System.Threading.RateLimiting;

namespace TaijiangGraph.Server.RateLimiting;

/// <summary>
/// The global limiter: a request passes when its app's window (if it has an <c>app</c> claim) and then its department's
/// window both have a permit. The app is asked first so that an app over its own limit does not use up its
/// department's permits. Nothing queues: the middleware's second, waiting attempt gets the first refusal again
/// instead of taking more permits.
/// </summary>
internal sealed class DepartmentAndAppLimiter(PartitionedRateLimiter<HttpContext> department, PartitionedRateLimiter<HttpContext> app)
    : PartitionedRateLimiter<HttpContext>
{
    private static readonly object RefusedKey = new();

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => department.GetStatistics(resource);

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        if (resource.Items.TryGetValue(RefusedKey, out var refused) && refused is TimeSpan earlier)
        {
            return new Lease(false, earlier, []);
        }

        var appLease = app.AttemptAcquire(resource, permitCount);
        if (!appLease.IsAcquired)
        {
            return Refuse(resource, appLease);
        }

        var departmentLease = department.AttemptAcquire(resource, permitCount);
        if (!departmentLease.IsAcquired)
        {
            appLease.Dispose();
            return Refuse(resource, departmentLease);
        }

        return new Lease(true, null, [appLease, departmentLease]);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(
        HttpContext resource,
        int permitCount,
        CancellationToken cancellationToken
    ) => ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            department.Dispose();
            app.Dispose();
        }

        base.Dispose(disposing);
    }

    private static Lease Refuse(HttpContext resource, RateLimitLease refusal)
    {
        var retryAfter = refusal.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        refusal.Dispose();
        resource.Items[RefusedKey] = retryAfter;
        return new Lease(false, retryAfter, []);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter, RateLimitLease[] inner) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name ? wait : null;
            return metadata is not null;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                foreach (var lease in inner)
                {
                    lease.Dispose();
                }
            }

            base.Dispose(disposing);
        }
    }
}
