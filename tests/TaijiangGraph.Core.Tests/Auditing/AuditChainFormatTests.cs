using TaijiangGraph.Core.Auditing;

namespace TaijiangGraph.Core.Tests.Auditing;

/// <summary>
/// The chain's HMAC input is versioned by the record's format (docs/audit.md): records written before operation signatures
/// (format 1, with a document hash) still verify with the HMAC they were written with, format-2 records cover the signature, and
/// format-3 records also cover the share applications behind their grants, while format-2 records keep the HMAC they were written with.
/// </summary>
public sealed class AuditChainFormatTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    private static AuditRecord Legacy() =>
        new()
        {
            Format = AuditRecord.LegacyFormat,
            Time = new DateTimeOffset(2026, 11, 26, 4, 0, 0, TimeSpan.Zero).AddTicks(1234560),
            RequestId = "trace-0001",
            UserId = "u-1",
            UserName = "王小明",
            Department = "TJ-MZ",
            Roles = "department",
            App = "mz-portal",
            ClientIp = "10.0.0.1",
            OperationName = "Visits",
            DocumentHash = "sha256:" + new string('a', 64),
            HttpMethod = "POST",
            MediumType = "application/graphql-response+json",
            Purpose = "困难群众走访联系",
            Resource = "household_person",
            ItemsRead = ["name", "street"],
            ItemsMasked = ["id_number"],
            ItemsDenied = ["birth_date"],
            ItemsFiltered = ["street"],
            RecordCount = 2,
            Outcome = AuditOutcome.Partial,
            Codes = ["FORBIDDEN_CONDITIONAL"],
            GrantIds = ["G-2025-0001", "G-2025-0002"],
            Approvers = ["city-reviewer-01"],
            FilterValueHashes = [new string('f', 64)],
            RecordKeyHashes = [new string('1', 64), new string('2', 64)],
        };

    [Fact]
    public void A_format_1_record_has_the_hmac_it_was_written_with_before_signatures_existed()
    {
        // Pinned from the chain code as it was before format 2: changing the format-1 input breaks every existing trail.
        Assert.Equal(
            "77d8fdc360163d4f3053a1cd83848e2d9a8c7046902c31fe3c4a30c693f8a42a",
            AuditChain.ComputeHmac(Key, "node-a", 7, Legacy(), "genesis")
        );
    }

    private static AuditRecord Signed() =>
        Legacy() with
        {
            Format = AuditRecord.SignatureFormat,
            DocumentHash = null,
            OperationSignature = "query { householdPerson(idNumber: \"\") { name } }",
            SignatureHash = "sha256:" + new string('b', 64),
        };

    [Fact]
    public void A_format_2_record_has_the_hmac_it_was_written_with_before_application_ids_existed()
    {
        // Pinned from the chain code as it was before format 3: changing the format-2 input breaks every existing trail.
        Assert.Equal(
            "dd7709c4db5acb12dd494d114443de8a45ed6a46c6ecd6600262da295bbe7115",
            AuditChain.ComputeHmac(Key, "node-a", 7, Signed(), "genesis")
        );
    }

    [Fact]
    public void A_format_2_record_covers_its_signature_and_hash_and_not_a_document_hash()
    {
        var record = Legacy() with
        {
            Format = AuditRecord.SignatureFormat,
            DocumentHash = null,
            OperationSignature = "query { householdPerson(idNumber: \"\") { name } }",
            SignatureHash = "sha256:" + new string('b', 64),
        };
        var hmac = AuditChain.ComputeHmac(Key, "node-a", 7, record, "genesis");

        Assert.NotEqual(
            hmac,
            AuditChain.ComputeHmac(
                Key,
                "node-a",
                7,
                record with
                {
                    OperationSignature = "query { householdPerson(idNumber: \"\") { street } }",
                },
                "genesis"
            )
        );
        Assert.NotEqual(
            hmac,
            AuditChain.ComputeHmac(Key, "node-a", 7, record with { SignatureHash = "sha256:" + new string('c', 64) }, "genesis")
        );
        Assert.NotEqual(hmac, AuditChain.ComputeHmac(Key, "node-a", 7, record with { Format = 3 }, "genesis"));
        Assert.NotEqual(hmac, AuditChain.ComputeHmac(Key, "node-a", 7, record with { Format = AuditRecord.LegacyFormat }, "genesis"));
        Assert.Equal(
            hmac,
            AuditChain.ComputeHmac(Key, "node-a", 7, record with { DocumentHash = "sha256:" + new string('d', 64) }, "genesis")
        );
    }

    [Fact]
    public void A_format_3_record_covers_its_application_ids_and_everything_format_2_covers()
    {
        var record = Signed() with { Format = AuditRecord.ApplicationFormat, ApplicationIds = ["SA-2026-0001", "SA-2026-0002"] };
        var hmac = AuditChain.ComputeHmac(Key, "node-a", 7, record, "genesis");

        Assert.NotEqual(hmac, AuditChain.ComputeHmac(Key, "node-a", 7, record with { ApplicationIds = ["SA-2026-0001"] }, "genesis"));
        Assert.NotEqual(
            hmac,
            AuditChain.ComputeHmac(Key, "node-a", 7, record with { ApplicationIds = ["SA-2026-0001", "SA-2026-0003"] }, "genesis")
        );
        Assert.NotEqual(hmac, AuditChain.ComputeHmac(Key, "node-a", 7, record with { ApplicationIds = [] }, "genesis"));
        Assert.NotEqual(hmac, AuditChain.ComputeHmac(Key, "node-a", 7, record with { GrantIds = ["G-2025-0001"] }, "genesis"));
        Assert.NotEqual(hmac, AuditChain.ComputeHmac(Key, "node-a", 7, record with { Approvers = ["city-reviewer-02"] }, "genesis"));
        Assert.NotEqual(
            hmac,
            AuditChain.ComputeHmac(Key, "node-a", 7, record with { SignatureHash = "sha256:" + new string('c', 64) }, "genesis")
        );
        Assert.NotEqual(hmac, AuditChain.ComputeHmac(Key, "node-a", 7, record with { Format = AuditRecord.SignatureFormat }, "genesis"));
        // Without application ids a format-3 record still differs from the same record as format 2: the format is named first.
        Assert.NotEqual(
            AuditChain.ComputeHmac(Key, "node-a", 7, Signed(), "genesis"),
            AuditChain.ComputeHmac(Key, "node-a", 7, Signed() with { Format = AuditRecord.ApplicationFormat }, "genesis")
        );
    }

    [Fact]
    public void A_format_2_record_does_not_cover_application_ids_it_cannot_hold()
    {
        // Format-2 rows were written before the column existed; the trail reads them without application ids (docs/audit.md).
        Assert.Equal(
            AuditChain.ComputeHmac(Key, "node-a", 7, Signed(), "genesis"),
            AuditChain.ComputeHmac(Key, "node-a", 7, Signed() with { ApplicationIds = ["SA-2026-0001"] }, "genesis")
        );
    }

    [Fact]
    public void A_chain_of_format_2_records_followed_by_format_3_records_verifies_and_a_changed_application_id_is_found()
    {
        var records = new[]
        {
            Signed(),
            Signed() with
            {
                Format = AuditRecord.ApplicationFormat,
                RequestId = "trace-0002",
                ApplicationIds = ["SA-2026-0001"],
            },
            Signed() with
            {
                Format = AuditRecord.ApplicationFormat,
                RequestId = "trace-0003",
            },
        };
        var chain = Chain(records);

        Assert.Null(AuditChain.FirstBroken(Key, chain));
        var tampered = chain.Select((c, i) => i == 1 ? c with { Record = c.Record with { ApplicationIds = ["SA-2026-0009"] } } : c);
        Assert.Equal(2, AuditChain.FirstBroken(Key, tampered)?.Sequence);
        var planted = chain.Select((c, i) => i == 2 ? c with { Record = c.Record with { ApplicationIds = ["SA-2026-0001"] } } : c);
        Assert.Equal(3, AuditChain.FirstBroken(Key, planted)?.Sequence);
    }

    private static List<ChainedAuditRecord> Chain(IReadOnlyList<AuditRecord> records)
    {
        var chain = new List<ChainedAuditRecord>();
        var previous = AuditChain.Genesis;
        for (var i = 0; i < records.Count; i++)
        {
            var hmac = AuditChain.ComputeHmac(Key, "node-a", i + 1, records[i], previous);
            chain.Add(new ChainedAuditRecord("node-a", i + 1, records[i], previous, hmac));
            previous = hmac;
        }

        return chain;
    }

    [Fact]
    public void A_chain_of_format_1_records_followed_by_format_2_records_verifies()
    {
        var records = new[]
        {
            Legacy(),
            Legacy() with
            {
                RequestId = "trace-0002",
            },
            Legacy() with
            {
                Format = AuditRecord.SignatureFormat,
                DocumentHash = null,
                OperationSignature = "query { me { user } }",
                SignatureHash = "sha256:" + new string('e', 64),
            },
        };
        var chain = new List<ChainedAuditRecord>();
        var previous = AuditChain.Genesis;
        for (var i = 0; i < records.Length; i++)
        {
            var hmac = AuditChain.ComputeHmac(Key, "node-a", i + 1, records[i], previous);
            chain.Add(new ChainedAuditRecord("node-a", i + 1, records[i], previous, hmac));
            previous = hmac;
        }

        Assert.Null(AuditChain.FirstBroken(Key, chain));
        var tampered = chain.Select(
            (c, i) => i == 2 ? c with { Record = c.Record with { OperationSignature = "query { me { department } }" } } : c
        );
        Assert.Equal(3, AuditChain.FirstBroken(Key, tampered)?.Sequence);
    }
}
