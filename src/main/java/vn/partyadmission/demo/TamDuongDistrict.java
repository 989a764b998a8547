package vn.partyadmission.demo;

import java.util.List;

/**
 * Names of the demo units. The 13 communes and towns, 3 agency committees and 32 cells directly
 * under the district follow the seed article; the 2025 commune grouping is verified only for
 * Tam Dương commune (Hợp Hòa, Kim Long, Đạo Tú, Hướng Đạo); the other groupings, the villages'
 * names and the companies are demo data.
 */
final class TamDuongDistrict {

	private TamDuongDistrict() {
	}

	record Commune(String slug, String name, String successor, boolean hardship) {
	}

	record NewCommune(String slug, String name) {
	}

	static final List<Commune> COMMUNES = List.of(
			new Commune("hophoa", "Đảng bộ thị trấn Hợp Hòa", "tamduong", false),
			new Commune("kimlong", "Đảng bộ thị trấn Kim Long", "tamduong", false),
			new Commune("daotu", "Đảng bộ xã Đạo Tú", "tamduong", false),
			new Commune("huongdao", "Đảng bộ xã Hướng Đạo", "tamduong", false),
			new Commune("anhoa", "Đảng bộ xã An Hòa", "hoangan", false),
			new Commune("hoangdan", "Đảng bộ xã Hoàng Đan", "hoangan", false),
			new Commune("hoanglau", "Đảng bộ xã Hoàng Lâu", "hoangan", false),
			new Commune("dongtinh", "Đảng bộ xã Đồng Tĩnh", "tamduongbac", false),
			new Commune("hoanghoa", "Đảng bộ xã Hoàng Hoa", "tamduongbac", false),
			new Commune("duyphien", "Đảng bộ xã Duy Phiên", "hoithinh", false),
			new Commune("hopthinh", "Đảng bộ xã Hợp Thịnh", "hoithinh", false),
			new Commune("vanhoi", "Đảng bộ xã Vân Hội", "hoithinh", false),
			new Commune("thanhvan", "Đảng bộ xã Thanh Vân", "tamduongbac", true));

	static final List<NewCommune> NEW_COMMUNES = List.of(new NewCommune("tamduong", "Đảng bộ xã Tam Dương"),
			new NewCommune("hoangan", "Đảng bộ xã Hoàng An"), new NewCommune("tamduongbac", "Đảng bộ xã Tam Dương Bắc"),
			new NewCommune("hoithinh", "Đảng bộ xã Hội Thịnh"));

	/** Ten villages or residential groups per commune: 130 in the district, as many as the article's village heads. */
	static final List<String> VILLAGES = List.of("Thôn Đông", "Thôn Đoài", "Thôn Nam", "Thôn Bắc", "Thôn Trung",
			"Thôn Thượng", "Thôn Hạ", "Thôn Tân Lập", "Thôn Tân Phú", "Thôn Đồng Tâm");

	/** The villages whose cells hold the people the README and the tests name (p00001…); the rest hold demo members only. */
	static final int NAMED_VILLAGES = 3;

	static final List<String> AGENCIES = List.of("Đảng bộ Cơ quan Chính quyền huyện", "Đảng bộ Công an huyện",
			"Đảng bộ Quân sự huyện");

	static final List<String> DIRECT_CELLS = List.of("Trường THPT Tam Dương", "Trường THPT Tam Dương II",
			"Trường THPT Trần Hưng Đạo", "Trường THCS Tam Dương", "Trường THCS Hợp Hòa", "Trường THCS Kim Long",
			"Trung tâm Y tế huyện", "Bệnh viện Đa khoa huyện", "Viện Kiểm sát nhân dân huyện", "Tòa án nhân dân huyện",
			"Chi cục Thuế", "Kho bạc Nhà nước", "Ngân hàng Chính sách xã hội", "Ngân hàng Nông nghiệp và PTNT",
			"Bảo hiểm xã hội huyện", "Điện lực Tam Dương", "Chi cục Thi hành án dân sự",
			"Trung tâm Văn hóa, Thông tin và Thể thao", "Ban Quản lý dự án đầu tư xây dựng",
			"Trung tâm Giáo dục nghề nghiệp - GDTX", "Hạt Kiểm lâm", "Bưu điện huyện", "Viettel Tam Dương",
			"Công ty TNHH Minh Đức", "Công ty CP Gạch Tam Dương", "Công ty TNHH Hồng Phúc", "Hợp tác xã Nông nghiệp Hợp Thịnh",
			"Chi cục Thống kê", "Phòng Giao dịch Ngân hàng Công thương", "Trung tâm Dịch vụ Nông nghiệp",
			"Công ty CP Môi trường đô thị", "Trạm Khuyến nông");

	static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô");

	static final List<String> MALE_MIDDLE = List.of("Văn", "Đức", "Minh", "Quốc");

	static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thu", "Ngọc", "Thanh");

	static final List<String> MALE_GIVEN = List.of("Hùng", "Dũng", "Tuấn", "Khánh", "Đạt", "Hải", "Trường", "Lộc");

	static final List<String> FEMALE_GIVEN = List.of("Lan", "Hương", "Thảo", "Quỳnh", "Phượng", "Nguyệt", "Yến", "Ánh");

}
