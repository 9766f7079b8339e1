using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaijiangGraph.Data.Auditing.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OperationSignatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows written before this migration are format 1 (document hash, no signature): their chain HMACs cover
            // the document hash, so they keep verifying (docs/audit.md). ADD COLUMN ... DEFAULT fills them without an
            // UPDATE, which the append-only triggers would refuse.
            migrationBuilder.AddColumn<int>(
                name: "format",
                table: "audit_records",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "operation_signature",
                table: "audit_records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "signature_hash",
                table: "audit_records",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_signature_hash_time",
                table: "audit_records",
                columns: new[] { "signature_hash", "time" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_audit_records_signature_hash_time",
                table: "audit_records");

            migrationBuilder.DropColumn(
                name: "format",
                table: "audit_records");

            migrationBuilder.DropColumn(
                name: "operation_signature",
                table: "audit_records");

            migrationBuilder.DropColumn(
                name: "signature_hash",
                table: "audit_records");
        }
    }
}
