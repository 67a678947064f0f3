/** One click to a subscribed calendar: Google, Outlook (work or school, Outlook.com), Apple and other apps; the address to copy; a QR code for a phone. */
import type { FC } from "hono/jsx";
import { raw } from "hono/html";
import type { feedLinks } from "../feed-links.ts";

type Links = ReturnType<typeof feedLinks>;

export const SubscribeLinks: FC<{ links: Links; qr?: string }> = ({ links, qr }) => (
  <div>
    <p>
      {links.googleCalendarUrl ? (
        <a class="button" href={links.googleCalendarUrl}>
          Google Calendar
        </a>
      ) : null}
      <a class="button" href={links.outlookUrl}>
        Outlook (cơ quan, trường học)
      </a>
      <a class="button" href={links.outlookComUrl}>
        Outlook.com
      </a>
      <a class="button" href={links.webcalUrl}>
        Apple Lịch và ứng dụng khác
      </a>
    </p>
    <label for="feed-address">Địa chỉ lịch (chép vào ứng dụng lịch: “Thêm lịch từ URL”)</label>
    <input id="feed-address" type="text" readonly value={links.feedUrl} />
    {qr ? (
      <div class="qr">
        <p class="small muted">Quét bằng điện thoại để đăng ký:</p>
        {raw(qr)}
      </div>
    ) : null}
  </div>
);
