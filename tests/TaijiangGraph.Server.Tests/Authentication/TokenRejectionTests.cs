using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Authentication;

/// <summary>docs/errors.md (HTTP level): every missing, invalid or misplaced token gets a JSON 401 with code UNAUTHENTICATED.</summary>
public sealed class TokenRejectionTests(TaijiangServerFactory server) : IClassFixture<TaijiangServerFactory>
{
    private const string MeQuery = "{ me { user } }";

    private const string MeBody = """{"query":"{ me { user } }"}""";

    private static DateTimeOffset Now => TaijiangServerFactory.Now;

    [Fact]
    public async Task A_valid_development_token_is_accepted()
    {
        var response = await server.QueryWithToken(server.Token("u1", "TJ-MZ", "department"), MeQuery, purpose: null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("u1", response.Root.GetProperty("data").GetProperty("me").GetProperty("user").GetString());
    }

    [Fact]
    public async Task A_hand_crafted_token_with_the_right_key_issuer_and_audience_is_accepted()
    {
        // The control for the forged tokens below: they differ from this one in one respect each.
        var token = TokenForge.Signed(server.SigningKey, server.Auth.Issuer, server.Auth.Audience, Now.AddMinutes(-5), Now.AddHours(1));

        var response = await server.QueryWithToken(token, MeQuery, purpose: null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task A_request_without_a_token_is_unauthenticated()
    {
        var response = await server.QueryWithToken(null, MeQuery, purpose: null);

        ResponseAssert.JsonError(response, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task An_expired_token_is_unauthenticated()
    {
        var token = TokenForge.Signed(server.SigningKey, server.Auth.Issuer, server.Auth.Audience, Now.AddHours(-9), Now.AddHours(-1));

        await AssertUnauthenticated(token);
    }

    [Fact]
    public async Task A_token_that_is_not_yet_valid_is_unauthenticated()
    {
        var token = TokenForge.Signed(server.SigningKey, server.Auth.Issuer, server.Auth.Audience, Now.AddHours(1), Now.AddHours(9));

        await AssertUnauthenticated(token);
    }

    [Fact]
    public async Task A_token_whose_payload_was_edited_is_unauthenticated()
    {
        var token = TokenForge.WithPayloadClaim(server.Token("u1", "TJ-JY", "department"), "dept", "TJ-GA");

        await AssertUnauthenticated(token);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_unauthenticated()
    {
        var other = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = server.SigningKey.KeyId };
        var token = TokenForge.Signed(other, server.Auth.Issuer, server.Auth.Audience, Now.AddMinutes(-5), Now.AddHours(1));

        await AssertUnauthenticated(token);
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_unauthenticated()
    {
        await AssertUnauthenticated(TokenForge.Unsigned(server.Auth.Issuer, server.Auth.Audience, Now));
    }

    [Fact]
    public async Task A_token_of_an_unknown_department_is_unauthenticated()
    {
        await AssertUnauthenticated(server.Token("u1", "TJ-XX", "department"));
    }

    [Fact]
    public async Task A_token_with_an_unknown_role_is_unauthenticated()
    {
        await AssertUnauthenticated(server.Token("u1", "TJ-MZ", "admin"));
    }

    [Fact]
    public async Task A_token_of_another_issuer_is_unauthenticated()
    {
        await AssertUnauthenticated(
            TokenForge.Signed(server.SigningKey, "https://idp.example.org", server.Auth.Audience, Now.AddMinutes(-5), Now.AddHours(1))
        );
    }

    [Fact]
    public async Task A_token_for_another_audience_is_unauthenticated()
    {
        await AssertUnauthenticated(
            TokenForge.Signed(server.SigningKey, server.Auth.Issuer, "another-service", Now.AddMinutes(-5), Now.AddHours(1))
        );
    }

    [Fact]
    public async Task A_valid_token_in_a_cookie_is_ignored()
    {
        var headers = new Dictionary<string, string> { ["Cookie"] = "access_token=" + server.Token("u1", "TJ-MZ", "department") };

        ResponseAssert.JsonError(
            await server.SendWithToken(null, MeBody, headers: headers),
            HttpStatusCode.Unauthorized,
            "UNAUTHENTICATED"
        );
    }

    [Fact]
    public async Task A_valid_token_in_the_query_string_is_ignored()
    {
        var reply = await server.SendHttp(
            HttpMethod.Post,
            "/graphql?access_token=" + server.Token("u1", "TJ-MZ", "department"),
            token: null,
            MeBody
        );

        ResponseAssert.JsonError(reply, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task A_valid_token_under_another_scheme_is_unauthenticated()
    {
        var headers = new Dictionary<string, string> { ["Authorization"] = "Token " + server.Token("u1", "TJ-MZ", "department") };

        ResponseAssert.JsonError(
            await server.SendWithToken(null, MeBody, headers: headers),
            HttpStatusCode.Unauthorized,
            "UNAUTHENTICATED"
        );
    }

    private async Task AssertUnauthenticated(string token)
    {
        var response = await server.QueryWithToken(token, MeQuery, purpose: null);
        ResponseAssert.JsonError(response, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }
}
