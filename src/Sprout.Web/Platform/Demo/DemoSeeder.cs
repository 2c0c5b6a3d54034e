using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sprout.Domain.Demo;
using Sprout.Domain.Identifiers;
using Sprout.Domain.Text;
using Sprout.Web.Modules.Cell;
using Sprout.Web.Modules.Children;
using Sprout.Web.Modules.Staff;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Platform.Schools;

namespace Sprout.Web.Platform.Demo;

public sealed record SeedSummary(int Schools, int Classes, int Children, int Guardians, int Staff, int PartyMembers);

/// <summary>
/// Builds the demo ward: Trường Mầm non Đô Thị Việt Hưng first (with the README's demo accounts),
/// then as many further schools as asked, each with its classes, children, guardians, staff and Party cell.
/// Names are generated, repeatable (fixed seed) and realistic; identifiers are structurally valid.
/// </summary>
public sealed class DemoSeeder(SproutDbContextFactory contexts, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    private static readonly string[] ExtraSchoolNames =
    [
        "Trường Mầm non Hoa Sữa", "Trường Mầm non Giang Biên", "Trường Mầm non Đức Giang", "Trường Mầm non Thượng Thanh",
        "Trường Mầm non Hoa Mai", "Trường Mầm non Ngọc Thụy", "Trường Mầm non Bồ Đề", "Trường Mầm non Phúc Lợi",
        "Trường Mầm non Sài Đồng", "Trường Mầm non Gia Thụy", "Trường Mầm non Hoa Hồng", "Trường Mầm non Long Biên",
        "Trường Mầm non Ánh Sao", "Trường Mầm non Thạch Bàn", "Trường Mầm non Cự Khối", "Trường Mầm non Phúc Đồng",
        "Trường Mầm non Việt Hưng", "Trường Mầm non Hoa Sen", "Trường Mầm non Sơn Ca",
    ];

    private static readonly string[] StreetNames = ["phố Việt Hưng", "phố Đoàn Khuê", "phố Vũ Đức Thận", "đường Nguyễn Cao Luyện", "phố Hoa Lâm"];

    private static readonly (AgeGroup Group, string Prefix, int Size)[] ClassPlan =
    [
        (AgeGroup.NhaTre, "Nhà trẻ D", 27), (AgeGroup.MauGiao3To4, "Bé C", 32),
        (AgeGroup.MauGiao4To5, "Nhỡ B", 32), (AgeGroup.MauGiao5To6, "Lớn A", 32),
    ];

    // Position, roles, how many: about 45 staff in every role MISSION.md names.
    private static readonly (string Position, string[] Roles, int Count)[] StaffPlan =
    [
        ("Hiệu trưởng", [Roles.Principal], 1),
        ("Phó hiệu trưởng", [Roles.VicePrincipal], 2),
        ("Giáo viên", [Roles.Teacher], 27),
        ("Nhân viên y tế", [Roles.Nurse], 1),
        ("Cấp dưỡng", [Roles.Cook], 8),
        ("Kế toán", [Roles.Accountant], 1),
        ("Văn thư", [Roles.Clerk], 1),
        ("Nhân viên công nghệ thông tin", [Roles.Admin], 1),
        ("Bảo vệ", [], 2),
        ("Nhân viên phục vụ", [], 1),
    ];

    public async Task<SeedSummary> SeedAsync(int schoolCount, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(schoolCount, 1);
        await using var db = contexts.Create(SchoolScope.System);
        await DatabaseInitializer.EnsureRolesAsync(db, ct);
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        // One hash for every demo account: hashing 45 × N passwords would dominate seeding time.
        var passwordHash = new PasswordHasher<AppUser>().HashPassword(null!, DemoAccounts.Password);

        var ward = await db.Wards.FirstOrDefaultAsync(w => w.Name == "Phường Việt Hưng", ct);
        if (ward is null)
        {
            ward = new Ward { Name = "Phường Việt Hưng", Province = "Thành phố Hà Nội" };
            db.Wards.Add(ward);
            await db.SaveChangesAsync(ct);
            var officer = NewUser("canbophuong@viethung.gov.vn", "Trần Thị Thu Hà", passwordHash, null, ward.Id);
            db.Users.Add(officer);
            await db.SaveChangesAsync(ct);
            db.UserRoles.Add(new IdentityUserRole<int> { UserId = officer.Id, RoleId = roleIds[Roles.WardOfficer] });
            await db.SaveChangesAsync(ct);
        }

        var existing = await db.Schools.CountAsync(ct);
        var total = new SeedSummary(0, 0, 0, 0, 0, 0);
        for (var i = existing; i < existing + schoolCount; i++)
        {
            var summary = await SeedSchoolAsync(db, ward, i, roleIds, passwordHash, ct);
            total = new SeedSummary(total.Schools + 1, total.Classes + summary.Classes, total.Children + summary.Children,
                total.Guardians + summary.Guardians, total.Staff + summary.Staff, total.PartyMembers + summary.PartyMembers);
            db.ChangeTracker.Clear();
        }
        logger.LogInformation("Demo data seeded: {Schools} school(s), {Children} children, {Staff} staff.", total.Schools, total.Children, total.Staff);
        return total;
    }

    private async Task<SeedSummary> SeedSchoolAsync(
        SproutDbContext db, Ward ward, int index, Dictionary<string, int> roleIds, string passwordHash, CancellationToken ct)
    {
        var demo = index == 0;
        var names = new VietnameseNameGenerator(20251030 + index);
        var domain = demo ? DemoAccounts.Domain : string.Create(CultureInfo.InvariantCulture, $"truong{index + 1:00}.viethung.edu.vn");
        var school = new School
        {
            WardId = ward.Id,
            Name = demo ? "Trường Mầm non Đô Thị Việt Hưng" : ExtraSchoolNames[(index - 1) % ExtraSchoolNames.Length] + (index > ExtraSchoolNames.Length ? $" {index}" : string.Empty),
            ShortCode = demo ? "MNĐTVH" : string.Create(CultureInfo.InvariantCulture, $"MN{index + 1:00}"),
            Address = demo ? "Khu đô thị Việt Hưng, phường Việt Hưng, thành phố Hà Nội" : "Phường Việt Hưng, thành phố Hà Nội",
            Phone = demo ? "02438722222" : string.Create(CultureInfo.InvariantCulture, $"024387{index:00000}"),
            Email = $"lienhe@{domain}",
        };
        db.Schools.Add(school);
        await db.SaveChangesAsync(ct);

        var phones = new HashSet<string>(StringComparer.Ordinal) { DemoAccounts.ParentPhone };
        string NextPhone()
        {
            string phone;
            do
            {
                phone = names.Pick(["09", "03", "08", "07"]) + names.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
            }
            while (!phones.Add(phone));
            return phone;
        }

        // Staff and their accounts.
        var staff = new List<(StaffMember Member, string[] Roles)>();
        foreach (var (position, roles, count) in StaffPlan)
        {
            for (var n = 0; n < count; n++)
            {
                var female = position is "Bảo vệ" ? false : names.Chance(0.93);
                var name = names.Next(female);
                var birth = new DateOnly(names.Next(1968, 2001), names.Next(1, 13), names.Next(1, 29));
                staff.Add((new StaffMember
                {
                    SchoolId = school.Id,
                    FamilyName = name.FamilyName,
                    MiddleName = name.MiddleName,
                    GivenName = name.GivenName,
                    DateOfBirth = birth,
                    Female = female,
                    Position = position,
                    Phone = NextPhone(),
                    PersonalId = names.Chance(0.95) ? PersonalIdNumber.Create("001", birth, female, names.Next(0, 999_999)) : null,
                }, roles));
            }
        }
        var teachers = staff.Where(s => s.Member.Position == "Giáo viên").Select(s => s.Member).ToList();

        // The Party cell: the principal is secretary, the first vice principal deputy, a teacher committee member.
        var partyPlan = new List<(StaffMember Member, string CellPosition, string Role)>
        {
            (staff[0].Member, "Bí thư", Roles.PartySecretary),
            (staff[1].Member, "Phó bí thư", Roles.PartyCommittee),
            (teachers[2], "Chi ủy viên", Roles.PartyCommittee),
        };
        partyPlan.AddRange(teachers.Skip(3).Take(10).Select(t => (t, "Đảng viên", Roles.PartyMember)));
        partyPlan.Add((staff.First(s => s.Member.Position == "Kế toán").Member, "Đảng viên", Roles.PartyMember));
        partyPlan.Add((staff.First(s => s.Member.Position == "Nhân viên y tế").Member, "Đảng viên", Roles.PartyMember));

        db.StaffMembers.AddRange(staff.Select(s => s.Member));
        await db.SaveChangesAsync(ct);

        var demoLogins = demo ? DemoLogins(staff, teachers, partyPlan) : [];
        var users = new List<(AppUser User, IEnumerable<string> Roles)>();
        var counter = 0;
        foreach (var (member, roles) in staff.Where(s => s.Roles.Length > 0 || partyPlan.Any(p => p.Member == s.Member)))
        {
            var email = demoLogins.TryGetValue(member, out var login) ? login : string.Create(CultureInfo.InvariantCulture, $"nv{++counter:00}@{domain}");
            var user = NewUser(email, member.FullName, passwordHash, school.Id, null);
            user.PhoneNumber = member.Phone;
            var partyRoles = partyPlan.Where(p => p.Member == member).SelectMany(p => new[] { p.Role, Roles.PartyMember }).Distinct();
            users.Add((user, roles.Concat(partyRoles).Distinct()));
            member.Email = email;
        }
        db.Users.AddRange(users.Select(u => u.User));
        await db.SaveChangesAsync(ct);
        foreach (var (user, roles) in users)
        {
            staff.First(s => s.Member.Email == user.Email).Member.UserId = user.Id;
            db.UserRoles.AddRange(roles.Select(r => new IdentityUserRole<int> { UserId = user.Id, RoleId = roleIds[r] }));
        }

        var admitted = clock.GetUtcNow().Year;
        foreach (var (member, cellPosition, _) in partyPlan)
        {
            var probationary = names.Chance(0.15);
            var admittedOn = new DateOnly(probationary ? admitted - 1 : names.Next(1995, admitted - 1), names.Next(1, 13), names.Next(1, 29));
            db.PartyMembers.Add(new PartyMember
            {
                SchoolId = school.Id,
                StaffMemberId = member.Id,
                CellPosition = cellPosition,
                AdmittedOn = admittedOn,
                Status = probationary ? PartyMembershipStatus.Probationary : PartyMembershipStatus.Full,
                FullMembershipOn = probationary ? null : admittedOn.AddYears(1),
                CardNumber = probationary ? string.Empty : names.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
            });
        }
        await db.SaveChangesAsync(ct);

        // Classes, their teachers, children and guardians.
        var schoolYearStart = SchoolYear.StartYear(DateOnly.FromDateTime(clock.GetUtcNow().Date));
        var schoolYear = SchoolYear.Label(schoolYearStart);
        var classes = new List<(Classroom Room, int Size)>();
        var teacherIndex = 0;
        foreach (var (group, prefix, size) in ClassPlan)
        {
            for (var n = 1; n <= 3; n++)
            {
                var room = new Classroom { SchoolId = school.Id, Name = prefix + n.ToString(CultureInfo.InvariantCulture), AgeGroup = group, SchoolYear = schoolYear };
                room.Teachers.Add(new ClassroomTeacher { SchoolId = school.Id, StaffMemberId = teachers[teacherIndex++].Id, IsHomeroom = true });
                room.Teachers.Add(new ClassroomTeacher { SchoolId = school.Id, StaffMemberId = teachers[teacherIndex++].Id });
                classes.Add((room, size - names.Next(0, 4)));
            }
        }
        db.Classrooms.AddRange(classes.Select(c => c.Room));
        await db.SaveChangesAsync(ct);

        var childCount = 0;
        var guardianCount = 0;
        Guardian? demoParent = null;
        foreach (var (room, size) in classes)
        {
            var birthYear = schoolYearStart - room.AgeGroup switch
            {
                AgeGroup.NhaTre => 2,
                AgeGroup.MauGiao3To4 => 3,
                AgeGroup.MauGiao4To5 => 4,
                _ => 5,
            };
            for (var n = 0; n < size; n++)
            {
                var female = names.Chance(0.49);
                var fatherName = names.Next(female: false);
                var childName = names.NextWithFamilyName(fatherName.FamilyName, female);
                var birth = new DateOnly(birthYear, 1, 1).AddDays(names.Next(0, 365));
                var child = new Child
                {
                    SchoolId = school.Id,
                    FamilyName = childName.FamilyName,
                    MiddleName = childName.MiddleName,
                    GivenName = childName.GivenName,
                    DateOfBirth = birth,
                    Sex = female ? Sex.Female : Sex.Male,
                    PersonalId = names.Chance(0.92) ? PersonalIdNumber.Create("001", birth, female, names.Next(0, 999_999)) : null,
                    ClassroomId = room.Id,
                    EthnicityCode = names.Chance(0.96) ? "01" : names.Pick(["02", "03", "04", "06", "07"]),
                    ProvinceCode = "01",
                    WardCode = names.Chance(0.8) ? "00127" : names.Pick(["00118", "00145", "00136"]),
                    AddressLine = string.Create(CultureInfo.InvariantCulture, $"Số {names.Next(1, 120)}, ngõ {names.Next(1, 60)} {names.Pick(StreetNames)}"),
                    Allergies = names.Chance(0.05) ? names.Pick(["Hải sản", "Sữa bò", "Trứng", "Lạc (đậu phộng)"]) : null,
                    ConsentGivenAt = names.Chance(0.85) ? clock.GetUtcNow().AddDays(-names.Next(30, 400)) : null,
                };
                if (child.ConsentGivenAt is not null)
                {
                    child.ConsentGivenBy = fatherName.FullName;
                }
                var father = new Guardian { SchoolId = school.Id, FullName = fatherName.FullName, Phone = NextPhone() };
                var mother = new Guardian { SchoolId = school.Id, FullName = names.Next(female: true).FullName, Phone = NextPhone() };
                if (demo && demoParent is null && room.Name == "Lớn A1")
                {
                    mother.Phone = DemoAccounts.ParentPhone;
                    mother.Email = "phuhuynh@example.com";
                    demoParent = mother;
                }
                child.Guardians.Add(new ChildGuardian { SchoolId = school.Id, Guardian = father, Relation = "Bố" });
                child.Guardians.Add(new ChildGuardian { SchoolId = school.Id, Guardian = mother, Relation = "Mẹ" });
                db.Children.Add(child);
                childCount++;
                guardianCount += 2;
            }
        }
        await db.SaveChangesAsync(ct);

        SeedHealth(db, names, school.Id, schoolYearStart);
        SeedMenus(db, school.Id, schoolYearStart);
        await db.SaveChangesAsync(ct);
        await DemoRecordsSeeder.SeedAsync(contexts, school.Id, names, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), clock.GetUtcNow(), ct);
        await DemoIndicatorsSeeder.SeedAsync(contexts, school.Id, ct);

        if (demoParent is not null)
        {
            var parent = NewUser(DemoAccounts.ParentPhone, demoParent.FullName, passwordHash, school.Id, null);
            parent.UserName = DemoAccounts.ParentPhone;
            parent.NormalizedUserName = DemoAccounts.ParentPhone;
            parent.PhoneNumber = DemoAccounts.ParentPhone;
            parent.Email = demoParent.Email;
            parent.NormalizedEmail = demoParent.Email!.ToUpperInvariant();
            parent.GuardianId = demoParent.Id;
            db.Users.Add(parent);
            await db.SaveChangesAsync(ct);
            db.UserRoles.Add(new IdentityUserRole<int> { UserId = parent.Id, RoleId = roleIds[Roles.Parent] });
            await db.SaveChangesAsync(ct);
        }

        return new SeedSummary(1, classes.Count, childCount, guardianCount, staff.Count, partyPlan.Count);
    }

    /// <summary>
    /// Two measuring days (start of the school year and mid-November, when already past) drawn from the WHO
    /// curves themselves, so the status lists look like a real school: most children normal, a few outside.
    /// </summary>
    private void SeedHealth(SproutDbContext db, VietnameseNameGenerator names, int schoolId, int schoolYearStart)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        DateOnly[] days = [new(schoolYearStart, 9, 15), new(schoolYearStart, 11, 15)];
        var tables = Sprout.Domain.Growth.GrowthTables.Who;
        foreach (var child in db.ChangeTracker.Entries<Child>().Select(e => e.Entity).Where(c => c.SchoolId == schoolId).ToList())
        {
            var sex = (Sprout.Domain.Growth.Sex)(int)child.Sex;
            var zWeight = (names.Next(-200, 201) / 100.0) + (names.Chance(0.02) ? 2.2 : 0) - (names.Chance(0.02) ? 2.2 : 0);
            // Heavier children tend to be taller: independent draws would make one child in six "wasted".
            var zHeight = Math.Clamp((0.8 * zWeight) + (names.Next(-60, 61) / 100.0), -2.5, 2.5);
            foreach (var day in days.Where(d => d <= today))
            {
                var age = day.DayNumber - child.DateOfBirth.DayNumber;
                if (!tables.Who2006WeightForAge.TryGet(sex, age, out var weightRow) || !tables.Who2006LengthHeightForAge.TryGet(sex, age, out var heightRow))
                {
                    continue;
                }
                db.Add(new Sprout.Web.Modules.Health.Measurement
                {
                    SchoolId = schoolId, Child = child, Date = day, Lying = age < 731,
                    WeightKg = Math.Round(weightRow.MeasurementAt(zWeight), 1), HeightCm = Math.Round(heightRow.MeasurementAt(zHeight), 1),
                    MeasuredBy = "Nhân viên y tế",
                });
            }
            if (names.Chance(0.9))
            {
                db.Add(new Sprout.Web.Modules.Health.HealthEvent
                {
                    SchoolId = schoolId, ChildId = child.Id, Date = days[0].AddDays(10), Kind = Sprout.Web.Modules.Health.HealthEventKind.PeriodicCheck,
                    Details = "Khám sức khỏe định kỳ đầu năm: phát triển bình thường.", Doctor = "Trạm y tế phường Việt Hưng", RecordedBy = "Nhân viên y tế",
                });
            }
        }
    }

    /// <summary>The shipped four-week mẫu giáo menu, as the kitchen's dishes and published rotation.</summary>
    private static void SeedMenus(SproutDbContext db, int schoolId, int schoolYearStart)
    {
        using var stream = Sprout.Domain.Nutrition.FoodTable.OpenData("sample-menu-mau-giao.json");
        using var reader = new StreamReader(stream);
        var menu = Sprout.Domain.Nutrition.MenuJson.Read(reader);
        var dishes = new Dictionary<string, Sprout.Web.Modules.Nutrition.SchoolDish>(StringComparer.Ordinal);
        foreach (var week in menu.Weeks)
        {
            for (var d = 0; d < week.Days.Count; d++)
            {
                foreach (var meal in week.Days[d].Meals)
                {
                    foreach (var dish in meal.Dishes)
                    {
                        if (!dishes.TryGetValue(dish.Name, out var stored))
                        {
                            stored = new Sprout.Web.Modules.Nutrition.SchoolDish
                            {
                                SchoolId = schoolId, Name = dish.Name,
                                Ingredients = dish.Ingredients.Select(i => new Sprout.Web.Modules.Nutrition.SchoolDishIngredient { SchoolId = schoolId, FoodCode = i.FoodCode, Grams = i.Grams }).ToList(),
                            };
                            dishes[dish.Name] = stored;
                            db.Add(stored);
                        }
                        db.Add(new Sprout.Web.Modules.Nutrition.MenuSlot { SchoolId = schoolId, AgeGroup = menu.AgeGroup, Week = week.Number, Weekday = d + 1, Meal = meal.Kind, Dish = stored });
                    }
                }
            }
        }
        var september = new DateOnly(schoolYearStart, 9, 1);
        db.Add(new Sprout.Web.Modules.Nutrition.MenuRotation
        {
            SchoolId = schoolId, AgeGroup = menu.AgeGroup, Published = true,
            StartsOn = september.AddDays(-(((int)september.DayOfWeek + 6) % 7)),
        });
    }

    private static Dictionary<StaffMember, string> DemoLogins(
        List<(StaffMember Member, string[] Roles)> staff, List<StaffMember> teachers, List<(StaffMember Member, string CellPosition, string Role)> party)
    {
        StaffMember First(string position) => staff.First(s => s.Member.Position == position).Member;
        return new Dictionary<StaffMember, string>
        {
            [First("Hiệu trưởng")] = $"hieutruong@{DemoAccounts.Domain}",
            [First("Phó hiệu trưởng")] = $"phohieutruong@{DemoAccounts.Domain}",
            [party.First(p => p.CellPosition == "Chi ủy viên").Member] = $"chiuy@{DemoAccounts.Domain}",
            [party.First(p => p.CellPosition == "Đảng viên").Member] = $"dangvien@{DemoAccounts.Domain}",
            // Lớn A1 is the tenth class; its homeroom teacher is the 19th teacher in class order.
            [teachers[18]] = $"giaovien@{DemoAccounts.Domain}",
            [First("Nhân viên y tế")] = $"yte@{DemoAccounts.Domain}",
            [First("Cấp dưỡng")] = $"capduong@{DemoAccounts.Domain}",
            [First("Kế toán")] = $"ketoan@{DemoAccounts.Domain}",
            [First("Văn thư")] = $"vanthu@{DemoAccounts.Domain}",
            [First("Nhân viên công nghệ thông tin")] = $"quantri@{DemoAccounts.Domain}",
        };
    }

    private static AppUser NewUser(string email, string fullName, string passwordHash, int? schoolId, int? wardId) => new()
    {
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true,
        FullName = fullName,
        PasswordHash = passwordHash,
        SecurityStamp = Guid.NewGuid().ToString("N"),
        ConcurrencyStamp = Guid.NewGuid().ToString(),
        LockoutEnabled = true,
        SchoolId = schoolId,
        WardId = wardId,
    };
}
