using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Data.Auditing;

/// <summary>
/// The audit trail's database: its own file on SQLite (WAL), its own tables elsewhere. Each provider has a
/// subclass owning its migrations, which also install the triggers refusing UPDATE and DELETE.
/// </summary>
public abstract class AuditDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AuditRecordRow> Records => Set<AuditRecordRow>();
    public DbSet<AuditRecordKeyRow> RecordKeys => Set<AuditRecordKeyRow>();
    public DbSet<AuditCheckpointRow> Checkpoints => Set<AuditCheckpointRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecordRow>(b =>
        {
            b.ToTable("audit_records");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).HasColumnName("id");
            b.Property(r => r.NodeId).HasColumnName("node_id").HasMaxLength(64);
            b.Property(r => r.Sequence).HasColumnName("sequence");
            b.Property(r => r.Format).HasColumnName("format");
            b.Property(r => r.Time).HasColumnName("time").HasConversion(new UtcDateTimeConverter());
            b.Property(r => r.RequestId).HasColumnName("request_id").HasMaxLength(64);
            b.Property(r => r.UserId).HasColumnName("user_id").HasMaxLength(128);
            b.Property(r => r.UserName).HasColumnName("user_name").HasMaxLength(128);
            b.Property(r => r.Department).HasColumnName("department").HasMaxLength(32);
            b.Property(r => r.Roles).HasColumnName("roles").HasMaxLength(128);
            b.Property(r => r.App).HasColumnName("app").HasMaxLength(128);
            b.Property(r => r.ClientIp).HasColumnName("client_ip").HasMaxLength(64);
            b.Property(r => r.OperationName).HasColumnName("operation_name").HasMaxLength(256);
            b.Property(r => r.DocumentHash).HasColumnName("document_hash").HasMaxLength(80);
            b.Property(r => r.OperationSignature).HasColumnName("operation_signature");
            b.Property(r => r.SignatureHash).HasColumnName("signature_hash").HasMaxLength(80);
            b.Property(r => r.HttpMethod).HasColumnName("http_method").HasMaxLength(8);
            b.Property(r => r.MediumType).HasColumnName("medium_type").HasMaxLength(64);
            b.Property(r => r.Purpose).HasColumnName("purpose").HasMaxLength(200);
            b.Property(r => r.Resource).HasColumnName("resource").HasMaxLength(63);
            b.Property(r => r.ItemsRead).HasColumnName("items_read");
            b.Property(r => r.ItemsMasked).HasColumnName("items_masked");
            b.Property(r => r.ItemsDenied).HasColumnName("items_denied");
            b.Property(r => r.ItemsFiltered).HasColumnName("items_filtered");
            b.Property(r => r.RecordCount).HasColumnName("record_count");
            b.Property(r => r.Outcome).HasColumnName("outcome").HasMaxLength(16);
            b.Property(r => r.Codes).HasColumnName("codes");
            b.Property(r => r.GrantIds).HasColumnName("grant_ids");
            b.Property(r => r.Approvers).HasColumnName("approvers");
            b.Property(r => r.ApplicationIds).HasColumnName("application_ids");
            b.Property(r => r.FilterValueHashes).HasColumnName("filter_value_hashes");
            b.Property(r => r.PreviousHmac).HasColumnName("previous_hmac").HasMaxLength(80);
            b.Property(r => r.Hmac).HasColumnName("hmac").HasMaxLength(80);
            b.HasIndex(r => new { r.NodeId, r.Sequence }).IsUnique();
            b.HasIndex(r => r.Time);
            b.HasIndex(r => new { r.Department, r.Time });
            b.HasIndex(r => new { r.Resource, r.Time });
            b.HasIndex(r => new { r.SignatureHash, r.Time });
            b.HasMany(r => r.Keys).WithOne().HasForeignKey(k => k.RecordId);
        });
        modelBuilder.Entity<AuditRecordKeyRow>(b =>
        {
            b.ToTable("audit_record_keys");
            b.HasKey(k => k.Id);
            b.Property(k => k.Id).HasColumnName("id");
            b.Property(k => k.RecordId).HasColumnName("record_id");
            b.Property(k => k.Resource).HasColumnName("resource").HasMaxLength(63);
            b.Property(k => k.KeyHash).HasColumnName("key_hash").HasMaxLength(80);
            b.HasIndex(k => new { k.Resource, k.KeyHash });
        });
        modelBuilder.Entity<AuditCheckpointRow>(b =>
        {
            b.ToTable("audit_checkpoints");
            b.HasKey(c => new { c.NodeId, c.Sequence });
            b.Property(c => c.NodeId).HasColumnName("node_id").HasMaxLength(64);
            b.Property(c => c.Sequence).HasColumnName("sequence");
            b.Property(c => c.Hmac).HasColumnName("hmac").HasMaxLength(80);
            b.Property(c => c.Time).HasColumnName("time").HasConversion(new UtcDateTimeConverter());
        });
    }
}
