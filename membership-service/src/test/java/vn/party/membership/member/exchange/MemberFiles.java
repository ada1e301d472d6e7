package vn.party.membership.member.exchange;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.restassured.http.ContentType;

import vn.party.testsupport.TestTokens;

/** Builds member files the way offices write them, and the organizations they go into. */
final class MemberFiles {

    static final String[] HEADERS = {"STT", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Tôn giáo", "Quê quán",
            "Số CCCD", "Số thẻ đảng", "Điện thoại", "Trình độ học vấn", "Lý luận chính trị", "Chức vụ",
            "Cơ quan, đơn vị", "Ngày quyết định kết nạp", "Ngày vào Đảng", "Ngày chính thức"};

    private MemberFiles() {
    }

    /** A valid row in the {@link #HEADERS} layout, dates dd/MM/yyyy. */
    static List<String> row(int number, String name, String gender, String cccd) {
        return new ArrayList<>(List.of(String.valueOf(number), name, gender, "12/04/1985", "Kinh", "Không",
                "Xã Hải Thượng, Hải Lăng, Quảng Trị", cccd, "", "0912345678", "Đại học", "Trung cấp",
                "Chuyên viên", "Sở Giao thông vận tải, Văn phòng", "01/05/2010", "19/05/2010", "19/05/2011"));
    }

    /** A CCCD with leading zeros (province code 001, Hà Nội), unique enough for a test run. */
    static String nationalId() {
        return String.format("00%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    static byte[] csv(char separator, boolean bom, String[] headers, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        List<List<String>> all = new ArrayList<>();
        all.add(List.of(headers));
        all.addAll(rows);
        for (List<String> row : all) {
            List<String> quoted = new ArrayList<>();
            for (String value : row) {
                boolean quote = value.indexOf(separator) >= 0 || value.contains("\"") || value.contains(",");
                quoted.add(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
            }
            text.append(String.join(String.valueOf(separator), quoted)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An xlsx like a CSDL export opened in Excel: a title row, then the header; CCCD stored as a number (its
     * leading zeros lost), dates as real date cells, the rest as text.
     */
    static byte[] xlsx(String[] headers, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Đảng viên");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐẢNG VIÊN");
            Row header = sheet.createRow(2);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 3);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    String header1 = headers[c];
                    if (header1.startsWith("Ngày") && value.matches("\\d{2}/\\d{2}/\\d{4}")) {
                        String[] parts = value.split("/");
                        cell.setCellValue(LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
                                Integer.parseInt(parts[0])));
                        cell.setCellStyle(dateStyle);
                    } else if ((header1.equals("Số CCCD") || header1.equals("STT")) && value.matches("\\d+")) {
                        cell.setCellValue(Double.parseDouble(value));
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UUID organization(String code, String name, String type, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/organizations").then().statusCode(201).extract().path("id"));
    }
}
