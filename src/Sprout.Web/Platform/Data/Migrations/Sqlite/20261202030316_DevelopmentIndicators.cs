using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DevelopmentIndicators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DevelopmentIndicator",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AgeGroup = table.Column<int>(type: "INTEGER", nullable: false),
                    Domain = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentIndicator", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DevelopmentIndicator_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorAssessment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Achieved = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssessedBy = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorAssessment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorAssessment_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndicatorAssessment_DevelopmentIndicator_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "DevelopmentIndicator",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndicatorAssessment_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentIndicator_SchoolId_AgeGroup_Domain_Order",
                table: "DevelopmentIndicator",
                columns: new[] { "SchoolId", "AgeGroup", "Domain", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentIndicator_SchoolId_Code",
                table: "DevelopmentIndicator",
                columns: new[] { "SchoolId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorAssessment_ChildId_Period_IndicatorId",
                table: "IndicatorAssessment",
                columns: new[] { "ChildId", "Period", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorAssessment_IndicatorId",
                table: "IndicatorAssessment",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorAssessment_SchoolId",
                table: "IndicatorAssessment",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorAssessment");

            migrationBuilder.DropTable(
                name: "DevelopmentIndicator");
        }
    }
}
