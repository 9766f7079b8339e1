using Microsoft.EntityFrameworkCore;

namespace TaijiangGraph.Data.Governance;

/// <summary>
/// The governance database: departments, catalog versions, grants, the dataset DDL history, the apps' persisted documents and the lookup
/// budget's charges, share applications, the working calendar and record deletion requests. Each
/// provider has a subclass that owns its own migration set.
/// </summary>
public abstract class GovernanceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DepartmentRow> Departments => Set<DepartmentRow>();
    public DbSet<CatalogVersionRow> CatalogVersions => Set<CatalogVersionRow>();
    public DbSet<GrantRow> Grants => Set<GrantRow>();
    public DbSet<DatasetMigrationRow> DatasetMigrations => Set<DatasetMigrationRow>();
    public DbSet<GovernanceEventRow> Events => Set<GovernanceEventRow>();
    public DbSet<PersistedDocumentRow> PersistedDocuments => Set<PersistedDocumentRow>();
    public DbSet<LookupChargeRow> LookupCharges => Set<LookupChargeRow>();
    public DbSet<ShareApplicationRow> ShareApplications => Set<ShareApplicationRow>();
    public DbSet<WorkingYearRow> WorkingYears => Set<WorkingYearRow>();
    public DbSet<RecordDeletionRow> RecordDeletions => Set<RecordDeletionRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DepartmentRow>(b =>
        {
            b.ToTable("departments");
            b.HasKey(d => d.Code);
            b.Property(d => d.Code).HasColumnName("code").HasMaxLength(32);
            b.Property(d => d.Name).HasColumnName("name").HasMaxLength(200);
        });
        modelBuilder.Entity<CatalogVersionRow>(b =>
        {
            b.ToTable("catalog_versions");
            b.HasKey(c => c.Version);
            b.Property(c => c.Version).HasColumnName("version").ValueGeneratedNever();
            b.Property(c => c.PublishedAt).HasColumnName("published_at");
            b.Property(c => c.PublishedBy).HasColumnName("published_by").HasMaxLength(128);
            b.Property(c => c.Note).HasColumnName("note").HasMaxLength(1000);
            b.Property(c => c.Document).HasColumnName("document");
        });
        modelBuilder.Entity<GrantRow>(b =>
        {
            b.ToTable("grants");
            b.HasKey(g => g.Id);
            b.Property(g => g.Id).HasColumnName("id").HasMaxLength(64);
            b.Property(g => g.Grantee).HasColumnName("grantee").HasMaxLength(32);
            b.Property(g => g.Resource).HasColumnName("resource").HasMaxLength(63);
            b.Property(g => g.Purpose).HasColumnName("purpose").HasMaxLength(200);
            b.Property(g => g.ValidFrom).HasColumnName("valid_from");
            b.Property(g => g.ValidTo).HasColumnName("valid_to");
            b.Property(g => g.Approver).HasColumnName("approver").HasMaxLength(128);
            b.Property(g => g.RevokedAt).HasColumnName("revoked_at");
            b.Property(g => g.RowScope).HasColumnName("row_scope");
            b.Property(g => g.ApplicationId).HasColumnName("application_id").HasMaxLength(64);
            b.HasIndex(g => new { g.Grantee, g.Resource });
            b.HasMany(g => g.Items).WithOne().HasForeignKey(i => i.GrantId);
        });
        modelBuilder.Entity<GrantItemRow>(b =>
        {
            b.ToTable("grant_items");
            b.HasKey(i => new { i.GrantId, i.Item });
            b.Property(i => i.GrantId).HasColumnName("grant_id").HasMaxLength(64);
            b.Property(i => i.Item).HasColumnName("item").HasMaxLength(63);
            b.Property(i => i.LiftMask).HasColumnName("lift_mask");
        });
        modelBuilder.Entity<GovernanceEventRow>(b =>
        {
            b.ToTable("governance_events");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).HasColumnName("id");
            b.Property(e => e.Time).HasColumnName("time");
            b.Property(e => e.Actor).HasColumnName("actor").HasMaxLength(128);
            b.Property(e => e.Kind).HasColumnName("kind").HasMaxLength(64);
            b.Property(e => e.Subject).HasColumnName("subject").HasMaxLength(128);
            b.Property(e => e.Resource).HasColumnName("resource").HasMaxLength(63);
            b.Property(e => e.Before).HasColumnName("before");
            b.Property(e => e.After).HasColumnName("after");
            b.HasIndex(e => new { e.Kind, e.Id });
            b.HasIndex(e => new { e.Resource, e.Id });
        });
        modelBuilder.Entity<PersistedDocumentRow>(b =>
        {
            b.ToTable("persisted_documents");
            b.HasKey(d => new { d.App, d.Hash });
            b.Property(d => d.App).HasColumnName("app").HasMaxLength(64);
            b.Property(d => d.Hash).HasColumnName("hash").HasMaxLength(64);
            b.Property(d => d.Document).HasColumnName("document");
            b.Property(d => d.RegisteredAt).HasColumnName("registered_at");
        });
        modelBuilder.Entity<LookupChargeRow>(b =>
        {
            b.ToTable("lookup_charges");
            b.HasKey(c => c.Id);
            b.Property(c => c.Id).HasColumnName("id");
            b.Property(c => c.AtMs).HasColumnName("at_ms");
            b.Property(c => c.Department).HasColumnName("department").HasMaxLength(32);
            b.Property(c => c.UserId).HasColumnName("user_id").HasMaxLength(128);
            b.Property(c => c.App).HasColumnName("app").HasMaxLength(64);
            b.Property(c => c.Resource).HasColumnName("resource").HasMaxLength(63);
            b.Property(c => c.Item).HasColumnName("item").HasMaxLength(63);
            b.Property(c => c.Reserved).HasColumnName("reserved");
            b.Property(c => c.Misses).HasColumnName("misses");
            b.HasIndex(c => new { c.Department, c.AtMs });
        });
        modelBuilder.Entity<ShareApplicationRow>(b =>
        {
            b.ToTable("share_applications");
            b.HasKey(a => a.Id);
            b.Property(a => a.Id).HasColumnName("id").HasMaxLength(64);
            b.Property(a => a.Applicant).HasColumnName("applicant").HasMaxLength(32);
            b.Property(a => a.Resource).HasColumnName("resource").HasMaxLength(63);
            b.Property(a => a.State).HasColumnName("state").HasMaxLength(16);
            b.Property(a => a.Version).HasColumnName("version").IsConcurrencyToken();
            b.Property(a => a.CreatedAt).HasColumnName("created_at");
            b.Property(a => a.UpdatedAt).HasColumnName("updated_at");
            b.Property(a => a.Request).HasColumnName("request");
            b.Property(a => a.History).HasColumnName("history");
            b.HasIndex(a => new
            {
                a.Applicant,
                a.Resource,
                a.State,
            });
            b.HasIndex(a => new { a.Resource, a.State });
            b.HasIndex(a => a.State);
        });
        modelBuilder.Entity<WorkingYearRow>(b =>
        {
            b.ToTable("working_years");
            b.HasKey(y => y.Year);
            b.Property(y => y.Year).HasColumnName("year").ValueGeneratedNever();
            b.Property(y => y.Holidays).HasColumnName("holidays");
            b.Property(y => y.Workdays).HasColumnName("workdays");
            b.Property(y => y.SetBy).HasColumnName("set_by").HasMaxLength(128);
            b.Property(y => y.SetAt).HasColumnName("set_at");
        });
        modelBuilder.Entity<DatasetMigrationRow>(b =>
        {
            b.ToTable("dataset_migrations");
            b.HasKey(m => m.CatalogVersion);
            b.Property(m => m.CatalogVersion).HasColumnName("catalog_version").ValueGeneratedNever();
            b.Property(m => m.AppliedAt).HasColumnName("applied_at");
            b.Property(m => m.Sql).HasColumnName("sql");
        });
        RecordDeletionMapping.Configure(modelBuilder);
    }
}
