using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaijiangGraph.Data.Governance.Migrations.Npgsql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_versions",
                columns: table => new
                {
                    version = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    document = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_versions", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "dataset_migrations",
                columns: table => new
                {
                    catalog_version = table.Column<int>(type: "integer", nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sql = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dataset_migrations", x => x.catalog_version);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_departments", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "grants",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    grantee = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    resource = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: false),
                    approver = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    row_scope = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "grant_items",
                columns: table => new
                {
                    grant_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    item = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    lift_mask = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grant_items", x => new { x.grant_id, x.item });
                    table.ForeignKey(
                        name: "FK_grant_items_grants_grant_id",
                        column: x => x.grant_id,
                        principalTable: "grants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_grants_grantee_resource",
                table: "grants",
                columns: new[] { "grantee", "resource" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_versions");

            migrationBuilder.DropTable(
                name: "dataset_migrations");

            migrationBuilder.DropTable(
                name: "departments");

            migrationBuilder.DropTable(
                name: "grant_items");

            migrationBuilder.DropTable(
                name: "grants");
        }
    }
}
