using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PartyNumberingSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutgoingDocument_SchoolId_Kind_Year_Number",
                table: "OutgoingDocument");

            migrationBuilder.DropIndex(
                name: "IX_DocumentCounter_SchoolId_Kind_Year",
                table: "DocumentCounter");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PartyTermStart",
                table: "Schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Series",
                table: "OutgoingDocument",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Series",
                table: "DocumentCounter",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            // Numbers issued before: state ones already ran per year ("state:<year>"); Party ones ran per year too and keep
            // that series ("party:<year>"), so no issued number changes. New Party numbers run per type through the term.
            migrationBuilder.Sql("UPDATE \"OutgoingDocument\" SET \"Series\" = CASE WHEN \"Kind\" = 1 THEN 'party:' ELSE 'state:' END || \"Year\" WHERE \"Number\" IS NOT NULL");
            migrationBuilder.Sql("UPDATE \"DocumentCounter\" SET \"Series\" = CASE WHEN \"Kind\" = 1 THEN 'party:' ELSE 'state:' END || \"Year\"");
            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDocument_SchoolId_Kind_Year",
                table: "OutgoingDocument",
                columns: new[] { "SchoolId", "Kind", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDocument_SchoolId_Series_Number",
                table: "OutgoingDocument",
                columns: new[] { "SchoolId", "Series", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCounter_SchoolId_Series",
                table: "DocumentCounter",
                columns: new[] { "SchoolId", "Series" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutgoingDocument_SchoolId_Kind_Year",
                table: "OutgoingDocument");

            migrationBuilder.DropIndex(
                name: "IX_OutgoingDocument_SchoolId_Series_Number",
                table: "OutgoingDocument");

            migrationBuilder.DropIndex(
                name: "IX_DocumentCounter_SchoolId_Series",
                table: "DocumentCounter");

            migrationBuilder.DropColumn(
                name: "PartyTermStart",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "Series",
                table: "OutgoingDocument");

            migrationBuilder.DropColumn(
                name: "Series",
                table: "DocumentCounter");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingDocument_SchoolId_Kind_Year_Number",
                table: "OutgoingDocument",
                columns: new[] { "SchoolId", "Kind", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCounter_SchoolId_Kind_Year",
                table: "DocumentCounter",
                columns: new[] { "SchoolId", "Kind", "Year" },
                unique: true);
        }
    }
}
