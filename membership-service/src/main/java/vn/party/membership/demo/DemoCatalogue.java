package vn.party.membership.demo;

import java.util.List;

/**
 * What generated demo data is made of: the kinds of provincial agencies that host party organizations, their
 * units, and Vietnamese names, ethnicities and places with rough real-world frequencies. Plain data, no logic
 * beyond weighted lists.
 */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    /** A value with a relative weight. */
    record Weighted<T>(T value, double weight) {
    }

    /**
     * A provincial agency with its party organization: a đảng bộ cơ sở (with cells, optionally đảng bộ bộ phận
     * and their cells) or a chi bộ cơ sở. {@code partials} are units big enough for a đảng bộ bộ phận.
     */
    record Agency(String name, String abbreviation, boolean committee, List<String> units, List<String> partials) {
    }

    /** Agencies of a province's agency bloc; Sở Giao thông vận tải and Sở Tư pháp are the fixed demo ones. */
    static final List<Agency> AGENCIES = List.of(
            committee("Sở Y tế", "SYT", List.of("Văn phòng Sở", "Thanh tra Sở", "Phòng Nghiệp vụ Y",
                    "Chi cục An toàn vệ sinh thực phẩm", "Chi cục Dân số", "Trung tâm Kiểm soát bệnh tật",
                    "Trung tâm Giám định y khoa"), List.of("Bệnh viện Đa khoa tỉnh", "Bệnh viện Y dược cổ truyền")),
            committee("Sở Giáo dục và Đào tạo", "SGDDT", List.of("Văn phòng Sở", "Phòng Giáo dục Trung học",
                    "Phòng Khảo thí và Kiểm định chất lượng", "Trường THPT chuyên", "Trường Phổ thông Dân tộc nội trú tỉnh",
                    "Trung tâm Giáo dục thường xuyên tỉnh"), List.of()),
            committee("Sở Tài chính", "STC", List.of("Văn phòng Sở", "Phòng Quản lý ngân sách", "Phòng Quản lý giá và công sản",
                    "Thanh tra Sở", "Phòng Đăng ký kinh doanh"), List.of()),
            committee("Sở Nông nghiệp và Môi trường", "SNNMT", List.of("Văn phòng Sở", "Chi cục Thủy lợi",
                    "Chi cục Trồng trọt và Bảo vệ thực vật", "Chi cục Chăn nuôi và Thú y", "Văn phòng Đăng ký đất đai",
                    "Trung tâm Khuyến nông"), List.of("Chi cục Kiểm lâm")),
            committee("Sở Xây dựng", "SXD", List.of("Văn phòng Sở", "Phòng Quản lý xây dựng", "Thanh tra Sở",
                    "Trung tâm Kiểm định chất lượng xây dựng"), List.of()),
            committee("Sở Công Thương", "SCT", List.of("Văn phòng Sở", "Phòng Quản lý thương mại",
                    "Chi cục Quản lý thị trường", "Trung tâm Khuyến công"), List.of()),
            committee("Sở Nội vụ", "SNV", List.of("Văn phòng Sở", "Phòng Tổ chức biên chế", "Ban Thi đua - Khen thưởng",
                    "Chi cục Văn thư - Lưu trữ", "Phòng Lao động - Việc làm"), List.of()),
            committee("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", List.of("Văn phòng Sở", "Bảo tàng tỉnh",
                    "Thư viện tỉnh", "Trung tâm Huấn luyện và Thi đấu thể thao", "Nhà hát Nghệ thuật truyền thống"), List.of()),
            committee("Sở Khoa học và Công nghệ", "SKHCN", List.of("Văn phòng Sở", "Chi cục Tiêu chuẩn Đo lường Chất lượng",
                    "Trung tâm Chuyển đổi số", "Trung tâm Ứng dụng tiến bộ khoa học"), List.of()),
            committee("Văn phòng UBND tỉnh", "VPUB", List.of("Phòng Tổng hợp", "Phòng Kinh tế", "Phòng Khoa giáo - Văn xã",
                    "Phòng Hành chính - Tổ chức", "Trung tâm Phục vụ hành chính công"), List.of()),
            committee("Văn phòng Tỉnh ủy", "VPTU", List.of("Phòng Tổng hợp", "Phòng Tài chính - Đảng vụ",
                    "Phòng Hành chính - Lưu trữ", "Nhà khách Tỉnh ủy"), List.of()),
            committee("Thanh tra tỉnh", "TTT", List.of("Văn phòng", "Phòng Nghiệp vụ 1", "Phòng Nghiệp vụ 2",
                    "Phòng Phòng, chống tham nhũng"), List.of()),
            committee("Đài Phát thanh và Truyền hình tỉnh", "PTTH", List.of("Phòng Thời sự", "Phòng Chuyên đề",
                    "Phòng Kỹ thuật - Công nghệ", "Phòng Hành chính - Tổng hợp"), List.of()),
            committee("Báo tỉnh", "BAO", List.of("Phòng Thư ký tòa soạn", "Phòng Phóng viên", "Phòng Báo điện tử"), List.of()),
            committee("Trường Chính trị tỉnh", "TCT", List.of("Khoa Lý luận cơ sở", "Khoa Xây dựng Đảng",
                    "Khoa Nhà nước và Pháp luật", "Phòng Tổ chức - Hành chính"), List.of()),
            committee("Trường Cao đẳng Y tế", "CDYT", List.of("Khoa Điều dưỡng", "Khoa Dược", "Phòng Đào tạo"), List.of()),
            committee("Trường Cao đẳng Kỹ thuật công nghiệp", "CDKT", List.of("Khoa Cơ khí", "Khoa Điện - Điện tử",
                    "Phòng Đào tạo"), List.of()),
            committee("Ban Quản lý Khu kinh tế", "BQLKKT", List.of("Văn phòng", "Phòng Quản lý đầu tư",
                    "Phòng Quản lý quy hoạch và xây dựng", "Trung tâm Dịch vụ tổng hợp"), List.of()),
            committee("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông", "BQLDAGT", List.of("Phòng Kế hoạch",
                    "Phòng Kỹ thuật", "Phòng Điều hành dự án 1", "Phòng Điều hành dự án 2"), List.of()),
            committee("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp", "BQLDADD",
                    List.of("Phòng Kế hoạch", "Phòng Kỹ thuật", "Phòng Điều hành dự án"), List.of()),
            committee("Bảo hiểm xã hội tỉnh", "BHXH", List.of("Văn phòng", "Phòng Thu - Sổ thẻ", "Phòng Chế độ bảo hiểm xã hội",
                    "Phòng Giám định bảo hiểm y tế"), List.of()),
            committee("Công ty Điện lực tỉnh", "DL", List.of("Phòng Kỹ thuật", "Phòng Kinh doanh",
                    "Phòng Tổ chức - Nhân sự"), List.of("Điện lực thành phố")),
            committee("Công ty Cổ phần Cấp thoát nước", "CTN", List.of("Xí nghiệp Nước số 1", "Xí nghiệp Nước số 2",
                    "Phòng Kế hoạch - Kỹ thuật"), List.of()),
            cell("Ban Dân tộc tỉnh", "BDT"),
            cell("Sở Ngoại vụ", "SNgV"),
            cell("Sở Dân tộc và Tôn giáo", "SDTTG"),
            cell("Liên minh Hợp tác xã tỉnh", "LMHTX"),
            cell("Hội Nông dân tỉnh", "HND"),
            cell("Hội Liên hiệp Phụ nữ tỉnh", "HLHPN"),
            cell("Tỉnh đoàn", "TD"),
            cell("Hội Cựu chiến binh tỉnh", "HCCB"),
            cell("Liên đoàn Lao động tỉnh", "LDLD"),
            cell("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "MTTQ"),
            cell("Hội Nhà báo tỉnh", "HNB"),
            cell("Hội Văn học Nghệ thuật tỉnh", "HVHNT"),
            cell("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "LHHKHKT"),
            cell("Hội Chữ thập đỏ tỉnh", "HCTD"),
            cell("Ban Tổ chức Tỉnh ủy", "BTCTU"),
            cell("Ủy ban Kiểm tra Tỉnh ủy", "UBKTTU"),
            cell("Ban Tuyên giáo và Dân vận Tỉnh ủy", "BTGDV"),
            cell("Ban Nội chính Tỉnh ủy", "BNC"),
            cell("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "VPDDBQH"),
            cell("Quỹ Đầu tư phát triển tỉnh", "QDTPT"),
            cell("Quỹ Bảo vệ và Phát triển rừng", "QBVR"),
            cell("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "TTXT"),
            cell("Trung tâm Phát triển quỹ đất tỉnh", "TTPTQD"),
            cell("Trường Cao đẳng Sư phạm", "CDSP"),
            cell("Bệnh viện Sản - Nhi tỉnh", "BVSN"),
            cell("Bệnh viện Tâm thần tỉnh", "BVTT"),
            cell("Bệnh viện Lao và Bệnh phổi", "BVLP"),
            cell("Chi cục Thống kê tỉnh", "CCTK"),
            cell("Kho bạc Nhà nước khu vực", "KBNN"),
            cell("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "NHCSXH"),
            cell("Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh", "AGRIBANK"),
            cell("Ban Quản lý rừng phòng hộ", "BQLRPH"),
            cell("Công ty TNHH Một thành viên Khai thác công trình thủy lợi", "KTCTTL"),
            cell("Công ty Cổ phần Môi trường đô thị", "MTDT"),
            cell("Công ty Xổ số kiến thiết", "XSKT"),
            cell("Nhà xuất bản tổng hợp", "NXB"),
            cell("Trung tâm Công nghệ thông tin và Truyền thông", "TTCNTT"));

    /** Generic units, for đảng bộ cơ sở beyond their named units and for generated agencies. */
    static final List<String> GENERIC_UNITS = List.of("Văn phòng", "Phòng Kế hoạch - Tài chính", "Phòng Tổ chức - Hành chính",
            "Phòng Nghiệp vụ", "Phòng Kỹ thuật", "Phòng Tổng hợp", "Thanh tra", "Phòng Pháp chế", "Trung tâm Dịch vụ",
            "Phòng Quản lý chất lượng");

    /** Units a large agency repeats in each locality (for sizes beyond the catalogue). */
    static final List<String> LOCAL_UNITS = List.of("Trung tâm Y tế khu vực", "Trường THPT", "Chi cục Thuế khu vực",
            "Bệnh viện Đa khoa khu vực", "Hạt Kiểm lâm", "Điện lực", "Trường Trung cấp nghề", "Bảo hiểm xã hội khu vực",
            "Ban Quản lý rừng phòng hộ", "Trung tâm Văn hóa - Thể thao", "Kho bạc Nhà nước", "Đội Quản lý thị trường");

    /** Places for repeated local units (communes and wards after the 2025 reorganization, generic names). */
    static final List<String> PLACES = List.of("An Nhơn", "Bình Sơn", "Đức Phổ", "Mộ Đức", "Nghĩa Hành", "Tư Nghĩa",
            "Sơn Tịnh", "Trà Bồng", "Minh Long", "Ba Tơ", "Sơn Hà", "Lý Sơn", "Tam Kỳ", "Hội An", "Điện Bàn", "Núi Thành",
            "Thăng Bình", "Quế Sơn", "Tiên Phước", "Phú Ninh", "Duy Xuyên", "Đại Lộc", "Hòa Vang", "Cẩm Lệ", "Hải Châu",
            "Hoài Nhơn", "Phù Mỹ", "Tây Sơn", "Vân Canh", "Tuy Phước", "Quy Nhơn", "Sông Cầu", "Đồng Xuân", "Sơn Hòa",
            "Ninh Hòa", "Vạn Ninh", "Diên Khánh", "Cam Lâm", "Kon Plông", "Đắk Hà");

    // ---- people ----

    /** Family names of the Kinh majority, with their approximate shares of the population (percent). */
    static final List<Weighted<String>> KINH_FAMILY_NAMES = List.of(
            w("Nguyễn", 38.4), w("Trần", 11.0), w("Lê", 9.5), w("Phạm", 7.1), w("Hoàng", 3.3), w("Huỳnh", 1.8),
            w("Phan", 4.5), w("Vũ", 2.2), w("Võ", 1.7), w("Đặng", 2.1), w("Bùi", 2.0), w("Đỗ", 1.4), w("Hồ", 1.3),
            w("Ngô", 1.3), w("Dương", 1.0), w("Lý", 0.5), w("Đinh", 0.7), w("Trương", 0.6), w("Lương", 0.4),
            w("Mai", 0.4), w("Đào", 0.4), w("Cao", 0.3), w("Lâm", 0.3), w("Hà", 0.3), w("Tạ", 0.2), w("Chu", 0.2),
            w("Kiều", 0.1), w("Văn", 0.2), w("Tô", 0.2), w("Thái", 0.2), w("Châu", 0.1), w("La", 0.1));

    /** An ethnic group: its share among members, typical family names and home provinces (CCCD codes). */
    record Ethnicity(String name, double weight, List<String> familyNames, List<String> provinceCodes) {
    }

    static final List<Ethnicity> ETHNICITIES = List.of(
            new Ethnicity("Kinh", 88.0, List.of(), List.of()),
            new Ethnicity("Tày", 2.2, List.of("Hoàng", "Nông", "Lục", "Ma", "Hà", "Triệu"), List.of("004", "006", "008", "020")),
            new Ethnicity("Thái", 2.0, List.of("Lò", "Lường", "Cầm", "Quàng", "Vi", "Lang"), List.of("014", "011", "038", "040")),
            new Ethnicity("Mường", 1.8, List.of("Bùi", "Đinh", "Quách", "Hà", "Bạch"), List.of("017", "038", "025")),
            new Ethnicity("Khmer", 1.5, List.of("Thạch", "Sơn", "Danh", "Kim", "Lâm"), List.of("094", "084", "089", "091")),
            new Ethnicity("Hoa", 1.0, List.of("Lý", "Quách", "Trương", "Lâm", "Hứa"), List.of("079", "094", "022")),
            new Ethnicity("Nùng", 1.2, List.of("Hoàng", "Nông", "Lương", "Chu", "Vy"), List.of("020", "004", "024")),
            new Ethnicity("H'Mông", 0.8, List.of("Giàng", "Thào", "Vàng", "Sùng", "Lầu", "Hầu"), List.of("002", "010", "012", "011")),
            new Ethnicity("Dao", 0.5, List.of("Triệu", "Bàn", "Lý", "Đặng"), List.of("002", "015", "008")),
            new Ethnicity("Gia Rai", 0.3, List.of("Rơ Châm", "Ksor", "Siu", "Rơ Mah"), List.of("064", "062")),
            new Ethnicity("Ê Đê", 0.3, List.of("Ksor", "Niê", "Byă", "Mlô"), List.of("066", "067")),
            new Ethnicity("Chăm", 0.2, List.of("Thiên", "Đàng", "Lưu", "Quảng"), List.of("058", "060")),
            new Ethnicity("Hrê", 0.2, List.of("Đinh", "Phạm"), List.of("051")));

    static final List<Weighted<String>> MALE_MIDDLE_NAMES = List.of(
            w("Văn", 34), w("Hữu", 7), w("Đức", 7), w("Minh", 8), w("Quang", 6), w("Công", 5), w("Thanh", 5),
            w("Xuân", 4), w("Đình", 4), w("Ngọc", 3), w("Quốc", 4), w("Trọng", 3), w("Anh", 2), w("Tiến", 2),
            w("Mạnh", 2), w("Thế", 2), w("Hoàng", 2), w("Việt", 2), w("Bá", 1), w("Duy", 2), w("Tấn", 2),
            w("Văn Minh", 1), w("Minh Đức", 1));

    static final List<Weighted<String>> FEMALE_MIDDLE_NAMES = List.of(
            w("Thị", 52), w("Ngọc", 6), w("Thanh", 5), w("Thu", 4), w("Thùy", 3), w("Phương", 3), w("Hồng", 3),
            w("Minh", 3), w("Kim", 3), w("Mỹ", 2), w("Hải", 2), w("Bích", 2), w("Thị Thu", 3), w("Thị Thanh", 3),
            w("Thị Kim", 2), w("Thị Ngọc", 2), w("Thị Minh", 1), w("Diệu", 1));

    static final List<String> MALE_GIVEN_NAMES = List.of("An", "Anh", "Bảo", "Bình", "Cường", "Chiến", "Công", "Dũng",
            "Duy", "Đạt", "Đức", "Định", "Giang", "Hải", "Hào", "Hiếu", "Hiệp", "Hòa", "Hoàng", "Hùng", "Huy", "Hưng",
            "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Lộc", "Lực", "Minh", "Nam", "Nghĩa", "Nhân", "Phong", "Phúc",
            "Phước", "Quân", "Quang", "Quý", "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Thịnh", "Thông", "Toàn", "Trung",
            "Trí", "Tuấn", "Tùng", "Tú", "Việt", "Vinh", "Vũ", "Vương");

    static final List<String> FEMALE_GIVEN_NAMES = List.of("An", "Anh", "Ánh", "Chi", "Dung", "Duyên", "Điệp", "Giang",
            "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ", "Hương", "Hường", "Huyền", "Lan", "Liên", "Linh", "Loan",
            "Lý", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Nhi", "Oanh", "Phương", "Quỳnh", "Tâm", "Thảo", "Thơ",
            "Thu", "Thủy", "Trang", "Trâm", "Tuyết", "Uyên", "Vân", "Vy", "Xuân", "Yến");

    /** CCCD province codes (the place where the birth was registered) with province names, for hometowns. */
    static final List<String[]> PROVINCES = List.of(
            p("001", "Thành phố Hà Nội"), p("002", "tỉnh Hà Giang"), p("004", "tỉnh Cao Bằng"), p("006", "tỉnh Bắc Kạn"),
            p("008", "tỉnh Tuyên Quang"), p("010", "tỉnh Lào Cai"), p("011", "tỉnh Điện Biên"), p("012", "tỉnh Lai Châu"),
            p("014", "tỉnh Sơn La"), p("015", "tỉnh Yên Bái"), p("017", "tỉnh Hòa Bình"), p("019", "tỉnh Thái Nguyên"),
            p("020", "tỉnh Lạng Sơn"), p("022", "tỉnh Quảng Ninh"), p("024", "tỉnh Bắc Giang"), p("025", "tỉnh Phú Thọ"),
            p("026", "tỉnh Vĩnh Phúc"), p("027", "tỉnh Bắc Ninh"), p("030", "tỉnh Hải Dương"), p("031", "Thành phố Hải Phòng"),
            p("033", "tỉnh Hưng Yên"), p("034", "tỉnh Thái Bình"), p("035", "tỉnh Hà Nam"), p("036", "tỉnh Nam Định"),
            p("037", "tỉnh Ninh Bình"), p("038", "tỉnh Thanh Hóa"), p("040", "tỉnh Nghệ An"), p("042", "tỉnh Hà Tĩnh"),
            p("044", "tỉnh Quảng Bình"), p("045", "tỉnh Quảng Trị"), p("046", "Thành phố Huế"), p("048", "Thành phố Đà Nẵng"),
            p("049", "tỉnh Quảng Nam"), p("051", "tỉnh Quảng Ngãi"), p("052", "tỉnh Bình Định"), p("054", "tỉnh Phú Yên"),
            p("056", "tỉnh Khánh Hòa"), p("058", "tỉnh Ninh Thuận"), p("060", "tỉnh Bình Thuận"), p("062", "tỉnh Kon Tum"),
            p("064", "tỉnh Gia Lai"), p("066", "tỉnh Đắk Lắk"), p("067", "tỉnh Đắk Nông"), p("068", "tỉnh Lâm Đồng"),
            p("070", "tỉnh Bình Phước"), p("072", "tỉnh Tây Ninh"), p("074", "tỉnh Bình Dương"), p("075", "tỉnh Đồng Nai"),
            p("077", "tỉnh Bà Rịa - Vũng Tàu"), p("079", "Thành phố Hồ Chí Minh"), p("080", "tỉnh Long An"),
            p("082", "tỉnh Tiền Giang"), p("083", "tỉnh Bến Tre"), p("084", "tỉnh Trà Vinh"), p("086", "tỉnh Vĩnh Long"),
            p("087", "tỉnh Đồng Tháp"), p("089", "tỉnh An Giang"), p("091", "tỉnh Kiên Giang"), p("092", "Thành phố Cần Thơ"),
            p("093", "tỉnh Hậu Giang"), p("094", "tỉnh Sóc Trăng"), p("095", "tỉnh Bạc Liêu"), p("096", "tỉnh Cà Mau"));

    /** The demo bloc's province (most members were born there) and its neighbours. */
    static final String HOME_PROVINCE = "051";
    static final List<String> NEIGHBOUR_PROVINCES = List.of("049", "052", "062", "064", "048");

    static final List<String> COMMUNES = List.of("Xã Tịnh Phong", "Xã Nghĩa Kỳ", "Xã Bình Minh", "Phường Trương Quang Trọng",
            "Xã Đức Lân", "Xã Phổ Thạnh", "Phường Cẩm Thành", "Xã Hành Thiện", "Xã An Phú", "Xã Hòa Bình", "Xã Tân Lập",
            "Phường Nghĩa Lộ", "Xã Sơn Hà", "Xã Ba Tơ", "Xã Thạnh Hòa", "Phường Chánh Lộ", "Xã Long Phụng", "Xã Trà Bồng");

    static final List<Weighted<String>> EDUCATION = List.of(w("Đại học", 64), w("Thạc sĩ", 20), w("Tiến sĩ", 2),
            w("Cao đẳng", 6), w("Trung cấp", 5), w("Trung học phổ thông", 3));

    static final List<Weighted<String>> THEORY = List.of(w("Sơ cấp", 45), w("Trung cấp", 38), w("Cao cấp", 14),
            w("Cử nhân", 3));

    static final List<Weighted<String>> JOB_TITLES = List.of(w("Chuyên viên", 40), w("Chuyên viên chính", 14),
            w("Chuyên viên cao cấp", 1), w("Phó Trưởng phòng", 9), w("Trưởng phòng", 6), w("Kế toán", 4),
            w("Cán sự", 4), w("Nhân viên", 6), w("Viên chức", 8), w("Bác sĩ", 3), w("Giáo viên", 3), w("Kỹ sư", 4),
            w("Thanh tra viên", 2), w("Phó Giám đốc", 1.5), w("Giám đốc", 0.5));

    static final List<Weighted<String>> RELIGIONS_KINH = List.of(w(null, 88), w("Phật giáo", 9), w("Công giáo", 3));

    private static <T> Weighted<T> w(T value, double weight) {
        return new Weighted<>(value, weight);
    }

    private static String[] p(String code, String name) {
        return new String[] {code, name};
    }

    private static Agency committee(String name, String abbreviation, List<String> units, List<String> partials) {
        return new Agency(name, abbreviation, true, units, partials);
    }

    private static Agency cell(String name, String abbreviation) {
        return new Agency(name, abbreviation, false, List.of(), List.of());
    }
}
