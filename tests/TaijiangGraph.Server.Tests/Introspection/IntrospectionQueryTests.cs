using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TaijiangGraph.Data.Seeding;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.Tests.Infrastructure;
using TaijiangGraph.Server.Tests.Security;

namespace TaijiangGraph.Server.Tests.Introspection;

/// <summary>
/// The introspection queries graphql-js <c>getIntrospectionQuery()</c> produces (GraphiQL, graphql-codegen, Apollo
/// tooling, Postman, IDE plugins) are answered for a department principal over HTTP, with every option on; app
/// principals stay without introspection; a nested fan-out is refused with <c>COMPLEXITY</c> (README, "Introspection").
/// </summary>
public sealed class IntrospectionQueryTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private string Department => server.Token("developer", "TJ-JY", "department");

    [Fact]
    public async Task The_full_option_query_is_answered_for_a_department_principal()
    {
        var response = await server.QueryWithToken(Department, IntrospectionQueries.Full, purpose: null);

        Assert.Equal(200, (int)response.Status);
        Assert.False(response.Root.TryGetProperty("errors", out var errors), errors.ToString());
        var schema = response.Root.GetProperty("data").GetProperty("__schema");
        Assert.StartsWith("TaijiangGraph, catalog version", schema.GetProperty("description").GetString(), StringComparison.Ordinal);
        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        foreach (var resource in SampleSeed.Load().Catalog.PublishedResources.Select(SampleGraph.TypeName))
        {
            Assert.True(types.ContainsKey(resource), $"{resource} is missing from __schema.types");
            Assert.True(types.ContainsKey(resource + "Connection"), $"{resource}Connection is missing from __schema.types");
        }

        Assert.All(types.Values, t => Assert.Equal(JsonValueKind.Null, t.GetProperty("specifiedByURL").ValueKind));
        var directives = schema.GetProperty("directives").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.Contains("sharing", directives.Keys);
        Assert.Contains("masked", directives.Keys);
        Assert.All(directives.Values, d => Assert.Equal(JsonValueKind.False, d.GetProperty("isRepeatable").ValueKind));
        Assert.Equal("type", Assert.Single(directives["sharing"].GetProperty("args").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_default_query_is_answered_with_the_same_types()
    {
        var full = await server.QueryWithToken(Department, IntrospectionQueries.Full, purpose: null);
        var response = await server.QueryWithToken(Department, IntrospectionQueries.Default, purpose: null);

        Assert.Equal(200, (int)response.Status);
        Assert.False(response.Root.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(TypeNames(full), TypeNames(response));
    }

    [Fact]
    public async Task The_full_option_query_is_answered_again_from_the_document_cache()
    {
        var first = await server.QueryWithToken(Department, IntrospectionQueries.Full, purpose: null);
        var response = await server.QueryWithToken(Department, IntrospectionQueries.Full, purpose: null);

        Assert.Equal(200, (int)response.Status);
        Assert.False(response.Root.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(first.Root.GetRawText(), response.Root.GetRawText());
    }

    [Fact]
    public async Task An_app_principal_gets_NO_INTROSPECTION_for_the_full_query()
    {
        var app = server.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue("app-user", "TJ-JY", ["department"], app: "portal");

        var response = await server.QueryWithToken(app, IntrospectionQueries.Full, purpose: null);

        Assert.Equal(200, (int)response.Status); // application/json: validation errors are 200
        Assert.False(response.Root.TryGetProperty("data", out _));
        Assert.Contains("NO_INTROSPECTION", Codes(response));
    }

    [Fact]
    public async Task A_nested_fan_out_is_refused_with_COMPLEXITY_before_execution()
    {
        var response = await server.QueryWithToken(Department, IntrospectionQueries.AliasedFanOut(copies: 4, levels: 6), purpose: null);

        Assert.Equal(200, (int)response.Status);
        Assert.False(response.Root.TryGetProperty("data", out _));
        Assert.Equal("COMPLEXITY", Assert.Single(Codes(response)));
    }

    private static string[] TypeNames(GraphQLReply body) =>
        [
            .. body
                .Root.GetProperty("data")
                .GetProperty("__schema")
                .GetProperty("types")
                .EnumerateArray()
                .Select(t => t.GetProperty("name").GetString()!)
                .Order(StringComparer.Ordinal),
        ];

    private static string?[] Codes(GraphQLReply body) =>
        [.. body.Root.GetProperty("errors").EnumerateArray().Select(e => GraphQLReply.Extension(e, "code"))];
}
