using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaijiangGraph.Data.Governance.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LookupBudget : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "resource",
                table: "governance_events",
                type: "TEXT",
                maxLength: 63,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "lookup_charges",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    department = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    app = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    resource = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    item = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    reserved = table.Column<int>(type: "INTEGER", nullable: false),
                    misses = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lookup_charges", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_governance_events_resource_id",
                table: "governance_events",
                columns: new[] { "resource", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_lookup_charges_department_at_ms",
                table: "lookup_charges",
                columns: new[] { "department", "at_ms" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lookup_charges");

            migrationBuilder.DropIndex(
                name: "IX_governance_events_resource_id",
                table: "governance_events");

            migrationBuilder.DropColumn(
                name: "resource",
                table: "governance_events");
        }
    }
}
