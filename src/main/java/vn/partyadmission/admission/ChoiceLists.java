package vn.partyadmission.admission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.stereotype.Component;

/**
 * The lists a form's select shows (the mentor chosen by name at the ceremony): Tasklist 7.24 gives a
 * select with {@code valuesKey} the options of a variable only when it reads as JSON, i.e. an
 * Object value serialized as {@code application/json}. The project has no Spin; this plugin adds the
 * one serializer needed, for a list of {@code {label, value}} entries only (no other class is read
 * or written, so nothing a client sends can become an object: the engine-REST guard refuses Object
 * values anyway). Display only: the step re-checks the chosen id against the register.
 */
@Component
class ChoiceLists extends AbstractProcessEnginePlugin {

	static final String FORMAT = "application/json";

	/** A list of choices for a select, as Tasklist reads it. */
	static ObjectValue of(List<Choice> choices) {
		return Variables.objectValue(new ArrayList<>(choices.stream().map(c -> Map.of("label", c.label(), "value", c.value()))
			.toList())).serializationDataFormat(FORMAT).create();
	}

	record Choice(String value, String label) {
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPreVariableSerializers());
		serializers.add(new Serializer());
		configuration.setCustomPreVariableSerializers(serializers);
	}

	static final class Serializer extends AbstractObjectValueSerializer {

		private static final ObjectMapper JSON = new ObjectMapper();

		Serializer() {
			super(FORMAT);
		}

		@Override
		public String getName() {
			return "party-admission-choices";
		}

		@Override
		protected String getTypeNameForDeserialized(Object deserializedObject) {
			return ArrayList.class.getName();
		}

		@Override
		protected byte[] serializeToByteArray(Object deserializedObject) throws Exception {
			return JSON.writeValueAsBytes(deserializedObject);
		}

		@Override
		protected Object deserializeFromByteArray(byte[] object, String objectTypeName) throws Exception {
			// whatever type name was stored, only a list of plain maps is made
			return JSON.readValue(object, new TypeReference<ArrayList<Map<String, String>>>() {
			});
		}

		@Override
		protected boolean isSerializationTextBased() {
			return true;
		}

		@Override
		protected boolean canSerializeValue(Object value) {
			return value instanceof List<?> list && list.stream().allMatch(Map.class::isInstance);
		}

	}

}
