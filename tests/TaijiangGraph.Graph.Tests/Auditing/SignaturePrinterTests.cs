using GraphQLParser;
using TaijiangGraph.Graph.Auditing.Signatures;
using TaijiangGraph.Graph.Caching;

namespace TaijiangGraph.Graph.Tests.Auditing;

/// <summary>The operation signature of the audit trail (docs/audit.md): no literal, alias or operation name survives, and the printed form
/// is stable.</summary>
public sealed class SignaturePrinterTests
{
    private const string IdNumber = "350103199803034649";

    private static string Text(string document, string? operationName = null) =>
        SignaturePrinter.Print(Parser.Parse(document), operationName)!.Text;

    private static string Hash(string document, string? operationName = null) =>
        SignaturePrinter.Print(Parser.Parse(document), operationName)!.Hash;

    [Fact]
    public void A_string_literal_becomes_an_empty_string_and_two_id_numbers_give_one_signature()
    {
        var first = $$"""{ householdPerson(idNumber: "{{IdNumber}}") { name } }""";
        var second = """{ householdPerson(idNumber: "350103198506121231") { name } }""";

        Assert.Equal("""query { householdPerson(idNumber: "") { name } }""", Text(first));
        Assert.Equal(Hash(first), Hash(second));
        Assert.DoesNotContain(IdNumber, Text(first), StringComparison.Ordinal);
    }

    [Fact]
    public void The_hash_is_sha256_of_the_signature_text()
    {
        var signature = SignaturePrinter.Print(Parser.Parse("{ me { user } }"), null)!;

        Assert.Equal("query { me { user } }", signature.Text);
        Assert.Equal(
            "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("query { me { user } }"u8)),
            signature.Hash
        );
    }

    [Fact]
    public void An_alias_carrying_the_id_number_is_removed()
    {
        var aliased = $$"""{ p{{IdNumber}}: householdPerson(idNumber: "{{IdNumber}}") { n: name } }""";

        Assert.Equal("""query { householdPerson(idNumber: "") { name } }""", Text(aliased));
        Assert.Equal(Hash("""{ householdPerson(idNumber: "1") { name } }"""), Hash(aliased));
    }

    [Fact]
    public void Numbers_block_strings_lists_and_objects_are_hidden_and_enums_booleans_and_null_kept()
    {
        var document = $$""""
            {
              householdPeople(first: 5,
                              where: { idNumber: { in: ["{{IdNumber}}", "350103198506121231"] },
                                       name: { eq: """张三""" }, street: { eq: null } },
                              order: [{ name: DESC }]) @include(if: true) {
                nodes { name }
              }
            }
            """";

        Assert.Equal(
            """query { householdPeople(first: 0, order: [{name: DESC}], where: {idNumber: {in: """
                + """[""]}, name: {eq: ""}, street: {eq: null}}) @include(if: true) { nodes { name } } }""",
            Text(document)
        );
        Assert.Equal(
            Hash(document),
            Hash(
                """{ householdPeople(where: { street: { eq: null }, name: { eq: "李四" }, idNumber: { in: """
                    + """["1"] } }, order: [{ name: DESC }], first: 100) @include(if: true) { nodes { name } } }"""
            )
        );
    }

    [Fact]
    public void Float_literals_and_empty_lists_are_printed_without_their_values()
    {
        Assert.Equal(
            "query { taxPayments(where: {amount: {gt: 0, in: []}}) { nodes { amount } } }",
            Text("{ taxPayments(where: { amount: { gt: 1234.56, in: [] } }) { nodes { amount } } }")
        );
    }

    [Fact]
    public void Variables_stay_as_names_and_default_values_are_hidden()
    {
        var document =
            $$"""query Find($id: String! = "{{IdNumber}}", $first: Int = 3, $after: String) { householdPeople(first: """
            + $$"""$first, after: $after, where: { idNumber: { eq: $id } }) { nodes { name } } }""";

        Assert.Equal(
            """query($after: String, $first: Int = 0, $id: String! = "") { householdPeople(after: """
                + """$after, first: $first, where: {idNumber: {eq: $id}}) { nodes { name } } }""",
            Text(document, "Find")
        );
    }

    [Fact]
    public void The_operation_name_is_left_out_and_shorthand_and_named_queries_agree()
    {
        Assert.Equal(Hash("{ me { user } }"), Hash("query Lookup350103199803034649 { me { user } }", "Lookup350103199803034649"));
        Assert.Equal(
            "mutation($catalog: String!) { publishCatalog(catalog: $catalog) { published } }",
            Text("mutation Publish($catalog: String!) { publishCatalog(catalog: $catalog) { published } }")
        );
    }

    [Fact]
    public void Only_the_executed_operation_and_the_fragments_it_uses_are_printed()
    {
        var document = $$"""
            query Other { householdPerson(idNumber: "{{IdNumber}}") { ...Unused } }
            query Used { subsistenceAllowances(first: 1) { nodes { ...Case } } }
            fragment Unused on HouseholdPerson { name }
            fragment Person on HouseholdPerson { street }
            fragment Case on SubsistenceAllowance { caseNo person { ...Person } }
            """;

        Assert.Equal(
            "query { subsistenceAllowances(first: 0) { nodes { "
                + "...Case } } } "
                + "fragment Case on "
                + "SubsistenceAllowance "
                + "{ caseNo "
                + "person { "
                + "...Person } } fragment Person on HouseholdPerson { street }",
            Text(document, "Used")
        );
        Assert.DoesNotContain(IdNumber, Text(document, "Used"), StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_arguments_and_directives_are_sorted_and_whitespace_is_normalised()
    {
        var spread = """
            {
              subsistenceAllowances( first : 2 )   {
                nodes {   street
                          caseNo @skip(if: false) @include(if: true)
                          ... on SubsistenceAllowance { name }
                }
              }
              me { user }
            }
            """;

        Assert.Equal(
            "query { me { user } subsistenceAllowances(first: "
                + "0) { nodes "
                + "{ ... on "
                + "SubsistenceAllowance { name "
                + "} caseNo "
                + "@include(if: "
                + "true) @skip(if: false) street } } }",
            Text(spread)
        );
        Assert.Equal(
            Hash(spread),
            Hash(
                "{me{user} subsistenceAllowances(first:9){nodes{street ...on "
                    + "SubsistenceAllowance{name} "
                    + "caseNo@include(if:true)@skip(if:false)}}}"
            )
        );
    }

    [Fact]
    public void Different_fields_give_different_signatures()
    {
        Assert.NotEqual(Hash("""{ householdPerson(idNumber: "1") { name } }"""), Hash("""{ householdPerson(idNumber: "1") { street } }"""));
        Assert.NotEqual(
            Hash("{ householdPeople(where: { name: { eq: \"a\" } }) { nodes { street } } }"),
            Hash("{ householdPeople(where: { street: { eq: \"a\" } }) { nodes { street } } }")
        );
    }

    [Fact]
    public void No_signature_when_the_operation_name_selects_no_operation()
    {
        var document = Parser.Parse("query A { me { user } } query B { me { name } }");

        Assert.Null(SignaturePrinter.Print(document, null));
        Assert.Null(SignaturePrinter.Print(document, "C"));
        Assert.Equal("query { me { name } }", SignaturePrinter.Print(document, "B")!.Text);
    }

    [Fact]
    public void A_cached_document_prints_each_operations_signature_once()
    {
        var cached = new CachedDocument(Parser.Parse("query A { me { user } } query B { me { name } }"));

        var first = cached.SignatureOf("A");

        Assert.Same(first, cached.SignatureOf("A"));
        Assert.Equal("query { me { user } }", first!.Text);
        Assert.Equal("query { me { name } }", cached.SignatureOf("B")!.Text);
        Assert.Null(cached.SignatureOf("Missing"));
    }
}
