package vn.partyadmission.admission;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.partyadmission.organization.Tally;

/**
 * The completed tasks of admission processes per unit, month and task with their summed and longest
 * durations ({@link #STAGE_TIMES}, kept by {@link StageTimes} as the engine completes each task): a
 * report's "days per stage" without reading the engine's task history of every case. Created by
 * V1_18, filled by 1.18.1.
 *
 * <p>Open cases per stage are not tallied: kept per unit, they cost every step of every case about
 * ten statements (the lifecycle benchmark: 1,128 → 1,325 statements per case with both tallies), to
 * save a national report about 0.1 s (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class StageTimeTally {

	/**
	 * Durations in whole seconds (ACT_HI_TASKINST.DURATION_ / 1000, as {@link StageTimes} counts
	 * them), the month in the application's time zone as the engine writes END_TIME_. Counted under
	 * the cell of the case's person, as the admission tallies are: a reform moves them with the
	 * people (closed cases keep their cell; their people moved).
	 */
	static final Tally STAGE_TIMES = new Tally("stage_time_tally", List.of("end_month", "task"), List.of("tasks", "seconds"),
			List.of("longest_seconds"), """
			select p.cell_id,
			       cast(extract(year from t.end_time_) * 100 + extract(month from t.end_time_) as integer) as end_month,
			       t.task_def_key_ as task, count(*) as tasks, sum(t.duration_ / 1000) as seconds,
			       max(t.duration_ / 1000) as longest_seconds
			from act_hi_taskinst t join admission_case c on c.process_instance_id = t.proc_inst_id_
			join person p on p.id = c.person_id
			where t.delete_reason_ = 'completed' and t.end_time_ is not null and t.duration_ is not null
			group by p.cell_id, cast(extract(year from t.end_time_) * 100 + extract(month from t.end_time_) as integer),
			         t.task_def_key_""", true, "1.18.1");

	@Bean
	static Tally stageTimeTallyTable() {
		return STAGE_TIMES;
	}

}
