using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaijiangGraph.Data.Auditing.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApplicationIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows written before this migration are format 1 or 2, whose chain HMACs do not cover application ids, so
            // they keep verifying (docs/audit.md). ADD COLUMN ... DEFAULT fills them without an UPDATE, which the
            // append-only triggers would refuse.
            migrationBuilder.AddColumn<string>(
                name: "application_ids",
                table: "audit_records",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "application_ids",
                table: "audit_records");
        }
    }
}
