// The baseline of bench:feeds: sirv (a static file server) serving a folder on loopback.
import { createServer } from "node:http";
import sirv from "sirv";

const serve = sirv(process.argv[2], { etag: true, dev: false });
const server = createServer((req, res) => serve(req, res, () => { res.statusCode = 404; res.end(); }));
server.listen(0, "127.0.0.1", () => console.log(`listening ${server.address().port}`));
