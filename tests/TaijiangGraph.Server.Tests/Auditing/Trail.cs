using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Auditing;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Data.Auditing;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>Reads the hosted server's audit trail directly through its <see cref="AuditStore"/>, and computes keyed hashes as the server
/// does.</summary>
public static class Trail
{
    /// <summary>The committed records of one user, oldest first.</summary>
    public static async Task<IReadOnlyList<AuditRecord>> OfUser(WebApplicationFactory<Program> app, string userId) =>
        (await EntriesOfUser(app, userId)).Select(e => e.Chained.Record).ToList();

    /// <summary>The committed entries of one user (with ids and chain positions), oldest first.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> EntriesOfUser(WebApplicationFactory<Program> app, string userId)
    {
        var entries = await app.Services.GetRequiredService<AuditStore>().QueryAsync(new AuditQuery { UserId = userId, Take = 10_000 });
        return entries.OrderBy(e => e.Id).ToList();
    }

    /// <summary>The keyed hash the trail keeps for <paramref name="value"/> of <paramref name="resource"/> (audit-hash key of the server's
    /// key ring).</summary>
    public static string Hash(WebApplicationFactory<Program> app, string resource, string value) =>
        AuditHashing.Hash(app.Services.GetRequiredService<IKeyRing>().Current(KeyPurposes.AuditHash).Secret.Span, resource, value);

    /// <summary>A unique user id for one test, so that its records can be told apart from the other tests' on the same server.</summary>
    public static string NewUser(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];
}
