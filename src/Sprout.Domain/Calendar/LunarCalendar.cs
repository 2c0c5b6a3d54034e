namespace Sprout.Domain.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar (âm lịch), computed for Vietnam's time zone (UTC+7), not China's (UTC+8):
/// the two differ in some years because a new moon near midnight falls on different civil days
/// (e.g. Tết 1985 and 2007). Astronomical formulas after Jean Meeus, "Astronomical Algorithms" (1998), as used by
/// Hồ Ngọc Đức's published converter: new moons and the sun's longitude, month 11 always holding the winter solstice,
/// a leap month being the first month without a major solar term.
/// </summary>
public static class LunarCalendar
{
    private const double TimeZone = 7.0;
    private const double SynodicMonth = 29.530588853;

    /// <summary>The civil date of a lunar date (day, month 1–12, lunar year; <paramref name="leap"/> for the leap month).</summary>
    public static DateOnly ToSolar(int lunarDay, int lunarMonth, int lunarYear, bool leap = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarDay, 30);
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarMonth, 12);
        long a11, b11;
        if (lunarMonth < 11)
        {
            a11 = LunarMonth11(lunarYear - 1);
            b11 = LunarMonth11(lunarYear);
        }
        else
        {
            a11 = LunarMonth11(lunarYear);
            b11 = LunarMonth11(lunarYear + 1);
        }
        var k = (long)Math.Floor(0.5 + (a11 - 2415021.076998695) / SynodicMonth);
        var off = lunarMonth - 11;
        if (off < 0)
        {
            off += 12;
        }
        if (b11 - a11 > 365)
        {
            var leapOff = LeapMonthOffset(a11);
            var leapMonth = leapOff - 2;
            if (leapMonth < 0)
            {
                leapMonth += 12;
            }
            if (leap && lunarMonth != leapMonth)
            {
                throw new ArgumentException($"Năm âm lịch {lunarYear} không có tháng {lunarMonth} nhuận.");
            }
            if (leap || off >= leapOff)
            {
                off++;
            }
        }
        else if (leap)
        {
            throw new ArgumentException($"Năm âm lịch {lunarYear} không có tháng nhuận.");
        }
        return FromJulianDay(NewMoonDay(k + off) + lunarDay - 1);
    }

    /// <summary>Mùng 1 Tết: the first day of the first lunar month of <paramref name="year"/>.</summary>
    public static DateOnly NewYear(int year) => ToSolar(1, 1, year);

    private static long JulianDay(DateOnly date) => date.DayNumber + 1721426L;

    private static DateOnly FromJulianDay(long jd) => DateOnly.FromDayNumber((int)(jd - 1721426L));

    /// <summary>The civil day (at UTC+7) of the k-th new moon after the one of 1 January 1900.</summary>
    private static long NewMoonDay(long k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        const double dr = Math.PI / 180;
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        var m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        var mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        var f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        var c1 = (0.1734 - 0.000393 * t) * Math.Sin(m * dr) + 0.0021 * Math.Sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.Sin(mpr * dr) + 0.0161 * Math.Sin(dr * 2 * mpr);
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.Sin(dr * 2 * f) - 0.0051 * Math.Sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.Sin(dr * (m - mpr)) + 0.0004 * Math.Sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.Sin(dr * (2 * f - m)) - 0.0006 * Math.Sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.Sin(dr * (2 * f - mpr)) + 0.0005 * Math.Sin(dr * (2 * mpr + m));
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return (long)Math.Floor(jd1 + c1 - deltaT + 0.5 + TimeZone / 24);
    }

    /// <summary>Which of the twelve 30° sectors the sun's longitude is in at the start of that civil day (0 = from the vernal equinox).</summary>
    private static int SunSector(long jdn)
    {
        var t = (jdn - 2451545.5 - TimeZone / 24) / 36525;
        var t2 = t * t;
        const double dr = Math.PI / 180;
        var m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        var l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(dr * m);
        dl += (0.019993 - 0.000101 * t) * Math.Sin(dr * 2 * m) + 0.000290 * Math.Sin(dr * 3 * m);
        var l = (l0 + dl) * dr;
        l -= Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
        return (int)Math.Floor(l / Math.PI * 6);
    }

    /// <summary>The first day of the lunar month 11 (the month holding the winter solstice) that begins in <paramref name="year"/>.</summary>
    private static long LunarMonth11(int year)
    {
        var off = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (long)Math.Floor(off / SynodicMonth);
        var nm = NewMoonDay(k);
        return SunSector(nm) >= 9 ? NewMoonDay(k - 1) : nm;
    }

    private static int LeapMonthOffset(long a11)
    {
        var k = (long)Math.Floor((a11 - 2415021.076998695) / SynodicMonth + 0.5);
        var i = 1;
        var arc = SunSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);
        return i - 1;
    }
}
