using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class H3SigningTrust : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Certificate",
                table: "SigningKey",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovedHash",
                table: "OutgoingDocument",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovedVersion",
                table: "OutgoingDocument",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Certificate",
                table: "SigningKey");

            migrationBuilder.DropColumn(
                name: "ApprovedHash",
                table: "OutgoingDocument");

            migrationBuilder.DropColumn(
                name: "ApprovedVersion",
                table: "OutgoingDocument");
        }
    }
}
