using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaijiangGraph.Data.Governance.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RecordDeletions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "record_deletion_requests",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    resource = table.Column<string>(type: "nvarchar(63)", maxLength: 63, nullable: false),
                    record_key = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    provider = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    reason = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    state = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    version = table.Column<int>(type: "int", nullable: false),
                    requested_by = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    decided_by = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    decision_reason = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_deletion_requests", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_record_deletion_requests_resource_record_key_state",
                table: "record_deletion_requests",
                columns: new[] { "resource", "record_key", "state" });

            migrationBuilder.CreateIndex(
                name: "IX_record_deletion_requests_state_provider",
                table: "record_deletion_requests",
                columns: new[] { "state", "provider" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "record_deletion_requests");
        }
    }
}
