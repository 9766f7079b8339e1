using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaijiangGraph.Data.Governance.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class ShareApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "application_id",
                table: "grants",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "share_applications",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    applicant = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    resource = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    request = table.Column<string>(type: "text", nullable: false),
                    history = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_share_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "working_years",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    holidays = table.Column<string>(type: "text", nullable: false),
                    workdays = table.Column<string>(type: "text", nullable: false),
                    set_by = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_working_years", x => x.year);
                });

            migrationBuilder.CreateIndex(
                name: "IX_share_applications_applicant_resource_state",
                table: "share_applications",
                columns: new[] { "applicant", "resource", "state" });

            migrationBuilder.CreateIndex(
                name: "IX_share_applications_resource_state",
                table: "share_applications",
                columns: new[] { "resource", "state" });

            migrationBuilder.CreateIndex(
                name: "IX_share_applications_state",
                table: "share_applications",
                column: "state");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "share_applications");

            migrationBuilder.DropTable(
                name: "working_years");

            migrationBuilder.DropColumn(
                name: "application_id",
                table: "grants");
        }
    }
}
