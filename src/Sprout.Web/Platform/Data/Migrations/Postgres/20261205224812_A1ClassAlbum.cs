using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class A1ClassAlbum : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RemindedThrough",
                table: "MedicineRequest",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClassPhoto",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    ClassroomId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Caption = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Jpeg = table.Column<byte[]>(type: "bytea", nullable: false),
                    Jpeg640 = table.Column<byte[]>(type: "bytea", nullable: true),
                    Jpeg320 = table.Column<byte[]>(type: "bytea", nullable: true),
                    Jpeg160 = table.Column<byte[]>(type: "bytea", nullable: true),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClassPhoto", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClassPhoto_Classrooms_ClassroomId",
                        column: x => x.ClassroomId,
                        principalTable: "Classrooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClassPhoto_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClassPhoto_ClassroomId_Date",
                table: "ClassPhoto",
                columns: new[] { "ClassroomId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ClassPhoto_SchoolId",
                table: "ClassPhoto",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClassPhoto");

            migrationBuilder.DropColumn(
                name: "RemindedThrough",
                table: "MedicineRequest");
        }
    }
}
