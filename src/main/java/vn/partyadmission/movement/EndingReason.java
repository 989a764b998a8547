package vn.partyadmission.movement;

/** Why a case ends by the person's situation; the words are those the journal and the case show. */
public enum EndingReason {

	/** The person asks to withdraw (xin rút); the cell records its note. */
	WITHDRAWN("người vào Đảng xin rút", "Đơn xin rút"),
	/** The person died (từ trần). */
	DIED("người vào Đảng từ trần", "Giấy báo tử"),
	/** The person moved away without a transfer of Party membership (chuyển đi nơi khác). */
	MOVED_AWAY("chuyển đi nơi khác, không chuyển sinh hoạt đảng", "Văn bản xác nhận"),
	/** Found later not to meet the conditions of admission (phát hiện không đủ điều kiện). */
	DISQUALIFIED("phát hiện không đủ điều kiện vào Đảng", "Kết luận thẩm tra");

	private final String words;

	private final String documentCode;

	EndingReason(String words, String documentCode) {
		this.words = words;
		this.documentCode = documentCode;
	}

	public String words() {
		return words;
	}

	/** The journal's name for the document the ending rests on (at most 20 characters). */
	String documentCode() {
		return documentCode;
	}

}
