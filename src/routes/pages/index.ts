/** Pages for people: home, plans, countdown, units, a task, sign-in; exports of schedules. */
import { router } from "../openapi.ts";
import { countdownPages } from "./countdown.tsx";
import { exportPages } from "./exports.ts";
import { homePages } from "./home.tsx";
import { planPages } from "./plan.tsx";
import { sessionRoutes } from "./session.tsx";
import { taskPage } from "./task.ts";
import { unitPages } from "./units.tsx";

export const pageRoutes = router()
  .route("/", homePages)
  .route("/", planPages)
  .route("/", countdownPages)
  .route("/", unitPages)
  .route("/", exportPages)
  .route("/", sessionRoutes)
  .route("/", taskPage);
