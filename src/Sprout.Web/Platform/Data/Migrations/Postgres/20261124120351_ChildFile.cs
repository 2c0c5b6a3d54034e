using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ChildFile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Guardians_SchoolId",
                table: "Guardians");

            migrationBuilder.DropIndex(
                name: "IX_Children_SchoolId_PersonalId",
                table: "Children");

            migrationBuilder.AddColumn<string>(
                name: "Zalo",
                table: "Guardians",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddressLine",
                table: "Children",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Allergies",
                table: "Children",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ConsentGivenAt",
                table: "Children",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsentGivenBy",
                table: "Children",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ConsentWithdrawnAt",
                table: "Children",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EthnicityCode",
                table: "Children",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "HealthNotes",
                table: "Children",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProvinceCode",
                table: "Children",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StudentCode",
                table: "Children",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WardCode",
                table: "Children",
                type: "character varying(5)",
                maxLength: 5,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Guardians_SchoolId_Phone",
                table: "Guardians",
                columns: new[] { "SchoolId", "Phone" });

            migrationBuilder.CreateIndex(
                name: "IX_Children_SchoolId_PersonalId",
                table: "Children",
                columns: new[] { "SchoolId", "PersonalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Children_SchoolId_StudentCode",
                table: "Children",
                columns: new[] { "SchoolId", "StudentCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Guardians_SchoolId_Phone",
                table: "Guardians");

            migrationBuilder.DropIndex(
                name: "IX_Children_SchoolId_PersonalId",
                table: "Children");

            migrationBuilder.DropIndex(
                name: "IX_Children_SchoolId_StudentCode",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "Zalo",
                table: "Guardians");

            migrationBuilder.DropColumn(
                name: "AddressLine",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "Allergies",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "ConsentGivenAt",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "ConsentGivenBy",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "ConsentWithdrawnAt",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "EthnicityCode",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "HealthNotes",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "ProvinceCode",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "StudentCode",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "WardCode",
                table: "Children");

            migrationBuilder.CreateIndex(
                name: "IX_Guardians_SchoolId",
                table: "Guardians",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Children_SchoolId_PersonalId",
                table: "Children",
                columns: new[] { "SchoolId", "PersonalId" });
        }
    }
}
