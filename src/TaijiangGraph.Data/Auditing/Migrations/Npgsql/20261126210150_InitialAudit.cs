using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TaijiangGraph.Data.Auditing.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class InitialAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_checkpoints",
                columns: table => new
                {
                    node_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    hmac = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_checkpoints", x => new { x.node_id, x.sequence });
                });

            migrationBuilder.CreateTable(
                name: "audit_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    node_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    time = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    request_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    user_name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    department = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    roles = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    app = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    client_ip = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    operation_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    document_hash = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    http_method = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    medium_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    resource = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    items_read = table.Column<string>(type: "text", nullable: false),
                    items_masked = table.Column<string>(type: "text", nullable: false),
                    items_denied = table.Column<string>(type: "text", nullable: false),
                    items_filtered = table.Column<string>(type: "text", nullable: false),
                    record_count = table.Column<int>(type: "integer", nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    codes = table.Column<string>(type: "text", nullable: false),
                    grant_ids = table.Column<string>(type: "text", nullable: false),
                    approvers = table.Column<string>(type: "text", nullable: false),
                    filter_value_hashes = table.Column<string>(type: "text", nullable: false),
                    previous_hmac = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    hmac = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_record_keys",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    record_id = table.Column<long>(type: "bigint", nullable: false),
                    resource = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    key_hash = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_record_keys", x => x.id);
                    table.ForeignKey(
                        name: "FK_audit_record_keys_audit_records_record_id",
                        column: x => x.record_id,
                        principalTable: "audit_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_record_keys_record_id",
                table: "audit_record_keys",
                column: "record_id");

            migrationBuilder.CreateIndex(
                name: "IX_audit_record_keys_resource_key_hash",
                table: "audit_record_keys",
                columns: new[] { "resource", "key_hash" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_department_time",
                table: "audit_records",
                columns: new[] { "department", "time" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_node_id_sequence",
                table: "audit_records",
                columns: new[] { "node_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_resource_time",
                table: "audit_records",
                columns: new[] { "resource", "time" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_time",
                table: "audit_records",
                column: "time");

            // Append-only: the database itself refuses UPDATE and DELETE on the trail.
            migrationBuilder.Sql("CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$;");
            foreach (var table in new[] { "audit_records", "audit_record_keys", "audit_checkpoints" })
            {
                migrationBuilder.Sql($"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();");
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_refuse_change() CASCADE;");
            migrationBuilder.DropTable(
                name: "audit_checkpoints");

            migrationBuilder.DropTable(
                name: "audit_record_keys");

            migrationBuilder.DropTable(
                name: "audit_records");
        }
    }
}
