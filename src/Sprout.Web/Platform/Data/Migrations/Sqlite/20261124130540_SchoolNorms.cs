using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SchoolNorms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SchoolNorms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeGroup = table.Column<int>(type: "INTEGER", nullable: false),
                    EnergyMinKcal = table.Column<double>(type: "REAL", nullable: false),
                    EnergyMaxKcal = table.Column<double>(type: "REAL", nullable: false),
                    ProteinMinPercent = table.Column<double>(type: "REAL", nullable: false),
                    ProteinMaxPercent = table.Column<double>(type: "REAL", nullable: false),
                    LipidMinPercent = table.Column<double>(type: "REAL", nullable: false),
                    LipidMaxPercent = table.Column<double>(type: "REAL", nullable: false),
                    GlucidMinPercent = table.Column<double>(type: "REAL", nullable: false),
                    GlucidMaxPercent = table.Column<double>(type: "REAL", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolNorms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolNorms_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolNorms_SchoolId_AgeGroup",
                table: "SchoolNorms",
                columns: new[] { "SchoolId", "AgeGroup" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SchoolNorms");
        }
    }
}
