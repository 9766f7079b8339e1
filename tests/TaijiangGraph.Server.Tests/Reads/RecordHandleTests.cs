using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Publishing;
using TaijiangGraph.Graph.Paging;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Reads;

/// <summary>
/// docs/policy.md ("Record handles"): <c>recordInfo { handle }</c> taken from a TJ-JY read over the real GraphQL endpoint resolves
/// for TJ-JY to the record's resource and row, and is <c>INVALID_HANDLE</c> — one message — for TJ-MZ, tampered, forged, or when
/// a cursor is passed off as a handle.
/// </summary>
public sealed class RecordHandleTests
{
    private const string Read = "{ householdPeople(first: 2) { pageInfo { endCursor } nodes { recordInfo { version handle } } } }";

    [Fact]
    public async Task A_handle_resolves_only_for_the_department_it_was_issued_to_and_every_failure_is_one_refusal()
    {
        await using var server = TaijiangServerFactory.With();
        var data = (await server.DataOf("TJ-JY", Read)).GetProperty("householdPeople");
        var handles = data.GetProperty("nodes")
            .EnumerateArray()
            .Select(n => n.GetProperty("recordInfo").GetProperty("handle").GetString()!)
            .ToList();
        var cursor = data.GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
        var resolver = server.Services.GetRequiredService<RecordHandles>();
        var catalog = server.Services.GetRequiredService<ICatalogState>().Current;

        var first = resolver.Resolve(handles[0], "TJ-JY", catalog);
        var second = resolver.Resolve(handles[1], "TJ-JY", catalog);
        var tampered = handles[0][..^2] + (handles[0][^2] == 'A' ? "B" : "A") + handles[0][^1];
        var forged = handles[0][..(handles[0].IndexOf('.') + 1)] + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        var refusals = new[] { (handles[0], "TJ-MZ"), (tampered, "TJ-JY"), (forged, "TJ-JY"), (cursor, "TJ-JY"), ("", "TJ-JY") }
            .Select(c => Assert.Throws<ExecutionError>(() => resolver.Resolve(c.Item1, c.Item2, catalog)))
            .ToList();

        Assert.Equal(2, handles.Distinct().Count());
        Assert.Equal("household_person", first.Resource.ApiName);
        Assert.Equal("household_person", second.Resource.ApiName);
        Assert.NotEqual(first.RowId, second.RowId);
        Assert.All(refusals, e => Assert.Equal(ErrorCodes.Policy.InvalidHandle, e.Code));
        Assert.Single(refusals.Select(e => e.Message).Distinct());
    }

    [Fact]
    public async Task A_fresh_read_issues_a_fresh_handle_of_the_same_record()
    {
        await using var server = TaijiangServerFactory.With();
        var resolver = server.Services.GetRequiredService<RecordHandles>();
        var catalog = server.Services.GetRequiredService<ICatalogState>().Current;

        var a = (await server.DataOf("TJ-JY", Read)).GetProperty("householdPeople").GetProperty("nodes")[0];
        var b = (await server.DataOf("TJ-JY", Read)).GetProperty("householdPeople").GetProperty("nodes")[0];
        var handleA = a.GetProperty("recordInfo").GetProperty("handle").GetString()!;
        var handleB = b.GetProperty("recordInfo").GetProperty("handle").GetString()!;

        Assert.NotEqual(handleA, handleB);
        Assert.Equal(resolver.Resolve(handleA, "TJ-JY", catalog).RowId, resolver.Resolve(handleB, "TJ-JY", catalog).RowId);
    }
}
