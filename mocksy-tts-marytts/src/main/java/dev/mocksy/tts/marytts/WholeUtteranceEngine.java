package dev.mocksy.tts.marytts;

import java.lang.reflect.Field;
import java.util.List;
import marytts.datatypes.MaryData;
import marytts.htsengine.HMMData;
import marytts.htsengine.HMMVoice;
import marytts.htsengine.HTSParameterGeneration;
import marytts.htsengine.HTSUttModel;
import marytts.htsengine.HTSVocoder;
import marytts.modules.HTSEngine;
import marytts.modules.synthesis.HMMSynthesizer;
import marytts.modules.synthesis.Voice;
import marytts.unitselection.select.Target;
import marytts.util.data.BufferedDoubleDataSource;
import marytts.util.data.audio.DDSAudioInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * MaryTTS's HMM engine with the vocoder run on the caller's thread into one array. MaryTTS's own engine starts a
 * thread per sentence that hands the vocoder's samples to the reader one boxed {@code Double} at a time through a
 * 1,024-slot queue; on two cores that hand-over cost about as much as the vocoding. The parameters, the vocoder and
 * the amplitude scaling (divided by the larger of 17,000 and the loudest sample) are MaryTTS's own.
 */
final class WholeUtteranceEngine extends HTSEngine {

    private static final Logger log = LoggerFactory.getLogger(WholeUtteranceEngine.class);

    /** The divisor MaryTTS's streaming vocoder scales its samples by, unless a sample is louder. */
    private static final double AMPLITUDE = 17_000.0;

    /**
     * Puts this engine into the voice's HMM synthesizer. When the voice is not an HMM voice or this MaryTTS is built
     * differently, MaryTTS's own engine stays, which is slower but says the same.
     *
     * @return whether the voice now runs on this engine
     */
    static boolean install(String voiceName) {
        Voice voice = Voice.getVoice(voiceName);
        if (voice == null || !(voice.synthesizer() instanceof HMMSynthesizer synthesizer)) {
            return false;
        }
        try {
            Field engine = HMMSynthesizer.class.getDeclaredField("htsEngine");
            engine.setAccessible(true);
            if (!(engine.get(synthesizer) instanceof WholeUtteranceEngine)) {
                engine.set(synthesizer, new WholeUtteranceEngine());
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("MaryTTS's own HMM engine stays for {}: {}", voiceName, e.toString());
            return false;
        }
    }

    @Override
    public MaryData process(
            MaryData input,
            List<Target> targets,
            List<Element> segmentsAndBoundaries,
            List<Element> tokensAndBoundaries)
            throws Exception {
        HMMData data = ((HMMVoice) input.getDefaultVoice()).getHMMData();
        HTSUttModel model = processTargetList(targets, segmentsAndBoundaries, data);
        HTSParameterGeneration parameters = new HTSParameterGeneration();
        parameters.htsMaximumLikelihoodParameterGeneration(model, data);
        double[] samples = new HTSVocoder()
                .htsMLSAVocoder(
                        parameters.getlf0Pst(),
                        parameters.getMcepPst(),
                        parameters.getStrPst(),
                        parameters.getMagPst(),
                        parameters.getVoicedArray(),
                        data,
                        null);
        scale(samples);
        MaryData output = new MaryData(outputType(), input.getLocale());
        if (input.getAudioFileFormat() != null) {
            output.setAudioFileFormat(input.getAudioFileFormat());
            if (input.getAudio() != null) {
                output.setAudio(input.getAudio());
            }
        }
        output.appendAudio(
                new DDSAudioInputStream(new BufferedDoubleDataSource(samples), HTSVocoder.getHTSAudioFormat(data)));
        if (tokensAndBoundaries != null) {
            setRealisedProsody(tokensAndBoundaries, model);
        }
        return output;
    }

    private static void scale(double[] samples) {
        double loudest = AMPLITUDE;
        for (double sample : samples) {
            loudest = Math.max(loudest, Math.abs(sample));
        }
        for (int i = 0; i < samples.length; i++) {
            samples[i] /= loudest;
        }
    }
}
