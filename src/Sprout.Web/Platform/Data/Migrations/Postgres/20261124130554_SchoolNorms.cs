using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    AgeGroup = table.Column<int>(type: "integer", nullable: false),
                    EnergyMinKcal = table.Column<double>(type: "double precision", nullable: false),
                    EnergyMaxKcal = table.Column<double>(type: "double precision", nullable: false),
                    ProteinMinPercent = table.Column<double>(type: "double precision", nullable: false),
                    ProteinMaxPercent = table.Column<double>(type: "double precision", nullable: false),
                    LipidMinPercent = table.Column<double>(type: "double precision", nullable: false),
                    LipidMaxPercent = table.Column<double>(type: "double precision", nullable: false),
                    GlucidMinPercent = table.Column<double>(type: "double precision", nullable: false),
                    GlucidMaxPercent = table.Column<double>(type: "double precision", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
