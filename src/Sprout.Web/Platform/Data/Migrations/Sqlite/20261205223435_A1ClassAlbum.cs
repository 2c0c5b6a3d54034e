using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClassPhoto",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClassroomId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Jpeg = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Jpeg640 = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Jpeg320 = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Jpeg160 = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
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
