using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaijiangGraph.Data.Auditing.Migrations.Sqlite
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
                    node_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    hmac = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    time = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_checkpoints", x => new { x.node_id, x.sequence });
                });

            migrationBuilder.CreateTable(
                name: "audit_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    node_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    time = table.Column<DateTime>(type: "TEXT", nullable: false),
                    request_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    department = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    roles = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    app = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    client_ip = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    operation_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    document_hash = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    http_method = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    medium_type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    resource = table.Column<string>(type: "TEXT", maxLength: 63, nullable: true),
                    items_read = table.Column<string>(type: "TEXT", nullable: false),
                    items_masked = table.Column<string>(type: "TEXT", nullable: false),
                    items_denied = table.Column<string>(type: "TEXT", nullable: false),
                    items_filtered = table.Column<string>(type: "TEXT", nullable: false),
                    record_count = table.Column<int>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    codes = table.Column<string>(type: "TEXT", nullable: false),
                    grant_ids = table.Column<string>(type: "TEXT", nullable: false),
                    approvers = table.Column<string>(type: "TEXT", nullable: false),
                    filter_value_hashes = table.Column<string>(type: "TEXT", nullable: false),
                    previous_hmac = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    hmac = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_record_keys",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    record_id = table.Column<long>(type: "INTEGER", nullable: false),
                    resource = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    key_hash = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
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
            foreach (var table in new[] { "audit_records", "audit_record_keys", "audit_checkpoints" })
            {
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;");
                migrationBuilder.Sql($"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_checkpoints");

            migrationBuilder.DropTable(
                name: "audit_record_keys");

            migrationBuilder.DropTable(
                name: "audit_records");
        }
    }
}
