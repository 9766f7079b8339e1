using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Versions;

namespace TaijiangGraph.Data.Governance;

/// <summary>The table of record deletion requests and the mapping between them and their rows (docs/data-in.md "Deletion").</summary>
internal static class RecordDeletionMapping
{
    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<RecordDeletionRow>(b =>
        {
            b.ToTable("record_deletion_requests");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).HasColumnName("id").HasMaxLength(64);
            b.Property(r => r.Resource).HasColumnName("resource").HasMaxLength(63);
            b.Property(r => r.RecordKey).HasColumnName("record_key").HasMaxLength(400);
            b.Property(r => r.Provider).HasColumnName("provider").HasMaxLength(32);
            b.Property(r => r.Reason).HasColumnName("reason").HasMaxLength(400);
            b.Property(r => r.State).HasColumnName("state").HasMaxLength(16);
            b.Property(r => r.Version).HasColumnName("version").IsConcurrencyToken();
            b.Property(r => r.RequestedBy).HasColumnName("requested_by").HasMaxLength(128);
            b.Property(r => r.RequestedAt).HasColumnName("requested_at");
            b.Property(r => r.DecidedBy).HasColumnName("decided_by").HasMaxLength(128);
            b.Property(r => r.DecidedAt).HasColumnName("decided_at");
            b.Property(r => r.DecisionReason).HasColumnName("decision_reason").HasMaxLength(400);
            b.HasIndex(r => new
            {
                r.Resource,
                r.RecordKey,
                r.State,
            });
            b.HasIndex(r => new { r.State, r.Provider });
        });

    /// <summary>Stored in UTC: PostgreSQL's timestamptz takes only offset 0, and SQLite's text then sorts by instant.</summary>
    public static RecordDeletionRow ToRow(RecordDeletionRequest r)
    {
        var row = new RecordDeletionRow
        {
            Id = r.Id,
            Resource = r.Resource,
            RecordKey = r.Key,
            Provider = r.Provider,
            Reason = r.Reason,
            State = r.State.ToString(),
            RequestedBy = r.RequestedBy,
        };
        Apply(row, r);
        return row;
    }

    /// <summary>Copies what a decision changes (state, version, decision) onto a tracked row.</summary>
    public static void Apply(RecordDeletionRow row, RecordDeletionRequest r)
    {
        row.State = r.State.ToString();
        row.Version = r.Version;
        row.RequestedAt = r.RequestedAt.ToUniversalTime();
        row.DecidedBy = r.DecidedBy;
        row.DecidedAt = r.DecidedAt?.ToUniversalTime();
        row.DecisionReason = r.DecisionReason;
    }

    public static RecordDeletionRequest ToRequest(RecordDeletionRow r) =>
        new()
        {
            Id = r.Id,
            Resource = r.Resource,
            Key = r.RecordKey,
            Provider = r.Provider,
            Reason = r.Reason,
            State = Enum.Parse<RecordDeletionState>(r.State),
            Version = r.Version,
            RequestedBy = r.RequestedBy,
            RequestedAt = r.RequestedAt,
            DecidedBy = r.DecidedBy,
            DecidedAt = r.DecidedAt,
            DecisionReason = r.DecisionReason,
        };
}
